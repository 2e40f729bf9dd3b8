using ChatBot.Core.Ingestion.Pages;

namespace ChatBot.Core.Ingestion.Feeds;

/// <summary>Keeps each feed's validators and item states between runs.</summary>
public interface IFeedStateStore
{
    /// <summary>The state of <paramref name="feedUrl"/>; <see cref="FeedState.Empty"/> when never read.</summary>
    Task<FeedState> LoadAsync(string feedUrl, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the validators and the given item states in one transaction. With <paramref name="replaceItems"/>
    /// the items not given are forgotten (they left the feed); otherwise they are kept.
    /// </summary>
    Task SaveAsync(string feedUrl, HttpValidators validators, IReadOnlyCollection<FeedItemState> items, bool replaceItems, CancellationToken cancellationToken = default);
}
