using AngleSharp.Dom;
using ChatBot.Core.Stories;

namespace ChatBot.Core.Ingestion.Pages;

/// <summary>Reads what a page's head says about its article: canonical URL, outlet, title, times and author.</summary>
public static class PageMetadataReader
{
    /// <summary>The page's metadata; <paramref name="pageUri"/> resolves relative canonical links.</summary>
    public static (StoryMetadata Metadata, string CanonicalUrl, DateTimeOffset? Modified) Read(IDocument document, Uri pageUri)
    {
        string? Meta(params string[] names) => names
            .Select(n => document.QuerySelector($"meta[property='{n}'], meta[name='{n}'], meta[itemprop='{n}']")?.GetAttribute("content"))
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

        var title = Meta("og:title", "twitter:title", "headline")
            ?? NonEmpty(document.QuerySelector("h1")?.TextContent)
            ?? NonEmpty(document.Title);
        var canonical = Absolute(document.QuerySelector("link[rel='canonical']")?.GetAttribute("href"), pageUri)
            ?? Absolute(Meta("og:url"), pageUri)
            ?? Canonicalize(pageUri);
        var published = Meta("article:published_time", "datePublished", "date", "pubdate", "publish-date", "dc.date", "DC.date.issued")
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        var modified = Meta("article:modified_time", "og:updated_time", "dateModified", "last-modified");
        var author = Meta("author", "article:author", "byl", "dc.creator")
            ?? NonEmpty(document.QuerySelector("[rel='author'], [itemprop='author']")?.TextContent);
        var metadata = new StoryMetadata(
            Title: title,
            Outlet: Meta("og:site_name", "application-name", "publisher"),
            Url: canonical,
            Published: DateParsing.Parse(published),
            Author: author);
        return (metadata, canonical, DateParsing.Parse(modified));
    }

    /// <summary>An absolute http(s) address without its fragment, or null.</summary>
    public static string? Absolute(string? href, Uri baseUri)
    {
        if (string.IsNullOrWhiteSpace(href) || !Uri.TryCreate(baseUri, href.Trim(), out var uri)) return null;
        return uri.Scheme is "http" or "https" ? Canonicalize(uri) : null;
    }

    /// <summary>The address as a story id: the fragment is dropped, the rest kept as the server spelled it.</summary>
    public static string Canonicalize(Uri uri) => uri.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped);

    private static string? NonEmpty(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : string.Join(' ', trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
