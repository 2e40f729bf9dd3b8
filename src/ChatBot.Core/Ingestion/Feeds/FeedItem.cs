namespace ChatBot.Core.Ingestion.Feeds;

/// <summary>One item (RSS) or entry (Atom) of a feed.</summary>
/// <param name="Link">The absolute address of the item's page; null when the item names none.</param>
/// <param name="Fingerprint">Changes whenever the item's link, id, title or dates change: the item is then fetched again.</param>
public sealed record FeedItem(string? Link, string? Title, DateTimeOffset? Published, string Fingerprint);
