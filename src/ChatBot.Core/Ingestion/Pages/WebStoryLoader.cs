using ChatBot.Core.Stories;

namespace ChatBot.Core.Ingestion.Pages;

/// <summary>Fetches a web page and reads it as a story whose id is the page's canonical URL.</summary>
public sealed class WebStoryLoader(WebFetcher fetcher)
{
    /// <summary>Fewer letters than this is not an article (an empty shell, a script-only page, binary noise).</summary>
    private const int MinimumLetters = 40;

    /// <summary>Fetches and reads the page; <paramref name="outlet"/> is used when the page names none.</summary>
    public async Task<Story> LoadAsync(Uri uri, string sourceName, string? outlet, CancellationToken cancellationToken = default)
    {
        var response = await fetcher.FetchAsync(uri, null, IsHtml, "an HTML page", cancellationToken);
        var article = ArticleExtractor.Extract(response.Text(), response.FinalUri);
        if (article.Text.Count(char.IsLetter) < MinimumLetters || article.Text.Contains('\uFFFD', StringComparison.Ordinal) && LooksBinary(article.Text))
        {
            throw new StoryUnreadableException("no article text found on the page");
        }

        var metadata = outlet is null ? article.Metadata : article.Metadata.Or(new StoryMetadata(Outlet: outlet));
        return new Story(article.CanonicalUrl, sourceName, article.Text, metadata, StoryHash.Compute(article.Text, metadata));
    }

    /// <summary>True for the media types of web pages.</summary>
    public static bool IsHtml(string? mediaType) => mediaType is "text/html" or "application/xhtml+xml";

    private static bool LooksBinary(string text) => text.Count(c => c == '\uFFFD') > text.Length / 20;
}
