using System.Globalization;
using ChatBot.Core.Stories;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChatBot.Core.Ingestion;

/// <summary>
/// Optional YAML front matter ("---" line, YAML, "---" line) at the top of a .txt or .md story.
/// Recognised keys: title, outlet (or source, publisher, site_name), url (or link, canonical), date
/// (or published), author.
/// </summary>
public static class FrontMatter
{
    /// <summary>Splits front matter from the body; the body is the text after the closing line.</summary>
    public static (StoryMetadata Metadata, string Body) Split(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal)) return (StoryMetadata.Empty, text);
        var close = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (close < 0) return (StoryMetadata.Empty, text);
        var afterClose = text.IndexOf('\n', close + 4);
        var body = afterClose < 0 ? "" : text[(afterClose + 1)..];
        var yaml = text[4..(close + 1)];
        return (Parse(yaml), body);
    }

    private static StoryMetadata Parse(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException)
        {
            // Malformed front matter is treated as absent rather than losing the story.
            return StoryMetadata.Empty;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map) return StoryMetadata.Empty;
        var values = map.Children
            .Where(p => p.Key is YamlScalarNode && p.Value is YamlScalarNode)
            .ToDictionary(p => ((YamlScalarNode)p.Key).Value!.ToLowerInvariant(), p => ((YamlScalarNode)p.Value).Value, StringComparer.Ordinal);
        string? First(params string[] keys) => keys.Select(k => values.GetValueOrDefault(k)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
        return new StoryMetadata(
            Title: First("title", "headline"),
            Outlet: First("outlet", "source", "publisher", "site_name", "site"),
            Url: First("url", "link", "canonical", "canonical_url"),
            Published: DateParsing.Parse(First("date", "published", "published_at", "pubdate")),
            Author: First("author", "byline", "by"));
    }
}
