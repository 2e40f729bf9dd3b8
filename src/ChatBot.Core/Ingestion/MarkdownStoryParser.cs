using ChatBot.Core.Stories;
using Markdig;
using Markdig.Syntax;

namespace ChatBot.Core.Ingestion;

/// <summary>
/// Reads a Markdown story: optional YAML front matter for metadata, the first heading as the title when the
/// front matter has none, and the text as Markdig renders it to plain text (markup removed, paragraphs kept).
/// </summary>
public static class MarkdownStoryParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    /// <summary>Parses <paramref name="markdown"/> (already normalised) into metadata and text.</summary>
    public static (StoryMetadata Metadata, string Text) Parse(string markdown)
    {
        var (frontMatter, body) = FrontMatter.Split(markdown);
        var document = Markdown.Parse(body, Pipeline);
        var heading = document.Descendants<HeadingBlock>().FirstOrDefault();
        var headingText = heading?.Inline is null ? null : Markdown.ToPlainText(body[heading.Span.Start..(heading.Span.End + 1)], Pipeline).Trim();
        var text = Markdown.ToPlainText(body, Pipeline).Trim();
        // Markdig ends every block with one newline; paragraphs read better, and chunk better, with a blank line.
        text = string.Join("\n\n", text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
        var fromText = PlainTextMetadata.Extract(text) with { Title = string.IsNullOrWhiteSpace(headingText) ? null : headingText.TrimStart('#', ' ') };
        return (frontMatter.Or(fromText), text);
    }
}
