using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ChatBot.Core.Stories;

namespace ChatBot.Core.Ingestion;

/// <summary>
/// Reads an HTML page: metadata from its head (og:title, og:site_name, article:published_time, canonical link,
/// author) and readable text from its article, main or body element, keeping paragraph breaks and dropping
/// scripts, styles, navigation, headers, footers, asides and forms.
/// </summary>
public static class HtmlStoryParser
{
    private static readonly string[] Dropped = ["script", "style", "noscript", "template", "nav", "footer", "header", "aside", "form", "iframe", "svg", "button", "figure > figcaption + *"];

    /// <summary>Parses <paramref name="html"/> into metadata and text.</summary>
    public static (StoryMetadata Metadata, string Text) Parse(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var metadata = ReadMetadata(document);
        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        if (root is null) return (metadata, "");
        foreach (var element in root.QuerySelectorAll(string.Join(", ", Dropped.Take(Dropped.Length - 1))).ToList())
        {
            element.Remove();
        }

        var text = HtmlText.Extract(root);
        var headline = metadata.Title;
        // The page's h1 is usually the headline; keep it at the top of the text when the body lacks it.
        if (headline is not null && !text.StartsWith(headline, StringComparison.Ordinal) && root.QuerySelector("h1") is null)
        {
            text = headline + "\n\n" + text;
        }

        return (metadata, text);
    }

    private static StoryMetadata ReadMetadata(IDocument document)
    {
        string? Meta(params string[] names) => names
            .Select(n => document.QuerySelector($"meta[property='{n}'], meta[name='{n}']")?.GetAttribute("content"))
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
        var title = Meta("og:title", "twitter:title")
            ?? document.QuerySelector("h1")?.TextContent.Trim()
            ?? (string.IsNullOrWhiteSpace(document.Title) ? null : document.Title.Trim());
        var url = document.QuerySelector("link[rel='canonical']")?.GetAttribute("href")?.Trim() ?? Meta("og:url");
        var published = Meta("article:published_time", "date", "pubdate", "publish-date", "dc.date", "DC.date.issued")
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        return new StoryMetadata(
            Title: string.IsNullOrWhiteSpace(title) ? null : title,
            Outlet: Meta("og:site_name", "application-name", "publisher"),
            Url: string.IsNullOrWhiteSpace(url) ? null : url,
            Published: DateParsing.Parse(published),
            Author: Meta("author", "article:author", "byl"));
    }
}
