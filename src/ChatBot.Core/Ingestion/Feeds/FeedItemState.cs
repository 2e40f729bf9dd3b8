namespace ChatBot.Core.Ingestion.Feeds;

/// <summary>What the last run did with one feed item.</summary>
/// <param name="StoryId">The story its page became (the page's canonical URL); null when it failed.</param>
/// <param name="Failure">Why its page could not be indexed; the item is retried next run. Null on success.</param>
/// <param name="FetchedAt">When its page was last fetched.</param>
public sealed record FeedItemState(string Link, string Fingerprint, string? StoryId, string? Failure, DateTimeOffset FetchedAt);
