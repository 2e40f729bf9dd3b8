namespace ChatBot.Core.Ingestion.Feeds;

/// <summary>A parsed feed: its title and items, in document order.</summary>
public sealed record FeedDocument(string? Title, IReadOnlyList<FeedItem> Items);
