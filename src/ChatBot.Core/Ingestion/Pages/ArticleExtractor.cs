using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ChatBot.Core.Ingestion.Pages;

/// <summary>
/// Reads a news page's article: the article element, else main, else the densest block of paragraphs; without
/// navigation, headers, footers, asides, forms, scripts, ads, share bars and comments.
/// </summary>
/// <remarks>
/// SmartReader 0.11.1 (Mozilla Readability's port) was tried in its place and not kept: it keeps paragraph breaks
/// (its content is HTML, read here with <see cref="HtmlText"/>), but on a page without article or main it took a
/// "Read more" teaser into the story (ArticleExtractorTests' densest-block fixture), and below its 500-character
/// threshold, where news teasers and short updates fall, it reports the page unreadable and would only hand back
/// to this extractor anyway.
/// </remarks>
public static partial class ArticleExtractor
{
    private const string Dropped = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, "
        + "[role='navigation'], [role='banner'], [role='complementary'], [aria-hidden='true'], [hidden]";

    /// <summary>Extracts the article of <paramref name="html"/>, fetched from <paramref name="pageUri"/>.</summary>
    public static PageArticle Extract(string html, Uri pageUri)
    {
        var document = new HtmlParser().ParseDocument(html);
        var (metadata, canonical, modified) = PageMetadataReader.Read(document, pageUri);
        var body = document.Body;
        if (body is null) return new PageArticle(canonical, metadata, modified, "");

        foreach (var element in body.QuerySelectorAll(Dropped).ToList()) element.Remove();
        foreach (var element in body.QuerySelectorAll("[class], [id]").Where(IsClutter).ToList()) element.Remove();

        var root = ChooseRoot(body);
        var text = HtmlText.Extract(root);
        var headline = metadata.Title;
        // Keep the headline at the top when the chosen block lacks it, as a reader sees the page.
        if (headline is not null && !text.StartsWith(headline, StringComparison.Ordinal) && root.QuerySelector("h1") is null)
        {
            text = headline + "\n\n" + text;
        }

        return new PageArticle(canonical, metadata, modified, TextNormalizer.Normalize(text));
    }

    private static IElement ChooseRoot(IElement body)
    {
        // Several article elements (a teaser list) mean none of them is the story; pick the one with most text.
        var articles = body.QuerySelectorAll("article, [itemprop='articleBody']").ToList();
        if (articles.Count > 0) return articles.MaxBy(a => a.TextContent.Length)!;
        return body.QuerySelector("main, [role='main']") ?? DensestBlock.Find(body) ?? body;
    }

    private static bool IsClutter(IElement element)
    {
        // Never drop the page's structural containers because of a loose class name such as "has-comments".
        if (element.LocalName is "body" or "html" or "article" or "main") return false;
        var names = $"{element.GetAttribute("class")} {element.Id}";
        return ClutterPattern().IsMatch(names);
    }

    [GeneratedRegex(@"(^|[\s_-])(ad|ads|advert\w*|sponsor\w*|promo\w*|banner|comment\w*|disqus|share|sharing|social|related|recommended|newsletter|subscribe|cookie\w*|popup|modal|breadcrumbs?|sidebar|menu|paywall)($|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex ClutterPattern();
}
