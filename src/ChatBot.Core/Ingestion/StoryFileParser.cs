using ChatBot.Core.Stories;

namespace ChatBot.Core.Ingestion;

/// <summary>Chooses the parser by file extension and returns the story's metadata and stored text.</summary>
public static class StoryFileParser
{
    /// <summary>The extensions read as stories.</summary>
    public static readonly IReadOnlySet<string> Extensions =
        new HashSet<string>([".txt", ".md", ".markdown", ".html", ".htm"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Parses normalised file content.</summary>
    public static (StoryMetadata Metadata, string Text) Parse(string extension, string content)
    {
        switch (extension.ToLowerInvariant())
        {
            case ".html" or ".htm":
                return HtmlStoryParser.Parse(content);
            case ".md" or ".markdown":
                return MarkdownStoryParser.Parse(content);
            default:
                var (frontMatter, body) = FrontMatter.Split(content);
                return (frontMatter.Or(PlainTextMetadata.Extract(body)), body);
        }
    }
}
