namespace ChatBot.Core.Ingestion.Duplicates;

/// <summary>For an index whose copies are not tracked (eval's index of its own): every story is an original.</summary>
public sealed class NoDuplicateRegistry : IDuplicateRegistry
{
    /// <summary>The one instance; it holds nothing.</summary>
    public static NoDuplicateRegistry Instance { get; } = new();

    /// <inheritdoc />
    public Task<string> OriginOfAsync(string storyId, CancellationToken cancellationToken = default) => Task.FromResult(storyId);

    /// <inheritdoc />
    public Task<bool> AreCopiesAsync(string storyId, string otherStoryId, CancellationToken cancellationToken = default) =>
        Task.FromResult(string.Equals(storyId, otherStoryId, StringComparison.Ordinal));

    /// <inheritdoc />
    public Task<ReportCount> CountAsync(IEnumerable<string> storyIds, CancellationToken cancellationToken = default)
    {
        var count = storyIds.Distinct(StringComparer.Ordinal).Count();
        return Task.FromResult(new ReportCount(count, count));
    }

    /// <inheritdoc />
    public Task RefreshAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
}
