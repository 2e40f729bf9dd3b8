using ChatBot.Core.Ingestion.Pages;

namespace ChatBot.Core.Ingestion.Feeds;

/// <summary>What is remembered of a feed between runs: the validators of its last 200, and its items by link.</summary>
public sealed record FeedState(HttpValidators Validators, IReadOnlyDictionary<string, FeedItemState> Items)
{
    /// <summary>A feed never read before.</summary>
    public static FeedState Empty { get; } = new(HttpValidators.None, new Dictionary<string, FeedItemState>());
}
