using ChatBot.Core.Stories;

namespace ChatBot.Core.Ingestion.Pages;

/// <summary>The article read from a web page.</summary>
/// <param name="CanonicalUrl">The page's canonical address (its story id): the canonical link, else og:url, else the address fetched.</param>
/// <param name="Modified">When the page says it was last modified, if it says.</param>
public sealed record PageArticle(string CanonicalUrl, StoryMetadata Metadata, DateTimeOffset? Modified, string Text);
