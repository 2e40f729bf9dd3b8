namespace ChatBot.Core.Ingestion;

/// <summary>Progress of an indexing run, reported per story.</summary>
/// <param name="Source">Name of the source being indexed.</param>
/// <param name="Done">Stories handled so far (indexed, unchanged or failed).</param>
/// <param name="Total">Stories found in the source.</param>
/// <param name="Failed">Stories that could not be indexed so far.</param>
/// <param name="Current">The story just handled.</param>
public sealed record IndexingProgress(string Source, int Done, int Total, int Failed, string? Current);

/// <summary>A story that could not be indexed, with the reason in words a user understands.</summary>
public sealed record IndexingFailure(string Location, string Reason);

/// <summary>What an indexing run did.</summary>
public sealed record IndexingSummary(
    int Added,
    int Updated,
    int Removed,
    int Unchanged,
    IReadOnlyList<IndexingFailure> Failures,
    TimeSpan Elapsed)
{
    /// <summary>True when at least one story could not be indexed.</summary>
    public bool HasFailures => Failures.Count > 0;

    /// <summary>Combines the summaries of several sources.</summary>
    public static IndexingSummary Combine(IEnumerable<IndexingSummary> summaries)
    {
        var list = summaries.ToList();
        return new IndexingSummary(
            list.Sum(s => s.Added),
            list.Sum(s => s.Updated),
            list.Sum(s => s.Removed),
            list.Sum(s => s.Unchanged),
            list.SelectMany(s => s.Failures).ToList(),
            TimeSpan.FromTicks(list.Sum(s => s.Elapsed.Ticks)));
    }
}

/// <summary>
/// Asks for a reindex of one configured source (or all of them) and waits for its result.
/// The Discord /reindex command and the CLI go through this; the indexing worker serves it.
/// </summary>
public interface IReindexRequests
{
    /// <summary>Queues a reindex; runs one at a time; reports progress while it runs.</summary>
    Task<IndexingSummary> ReindexAsync(string? sourceName, IProgress<IndexingProgress>? progress = null, CancellationToken cancellationToken = default);
}
