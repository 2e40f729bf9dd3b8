using ChatBot.Core.Ingestion;

namespace ChatBot.Hosting;

/// <summary>Runs the incremental indexer over the configured sources, one after another.</summary>
public sealed class IndexingRunner(StoryIndexer indexer, SourceFactory sources) : IReindexRequests
{
    /// <summary>Indexes every given source and combines what changed.</summary>
    public async Task<IndexingSummary> RunAsync(IEnumerable<IStorySource> toIndex, IProgress<IndexingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var summaries = new List<IndexingSummary>();
        foreach (var source in toIndex)
        {
            summaries.Add(await indexer.IndexAsync(source, progress, cancellationToken));
        }

        return IndexingSummary.Combine(summaries);
    }

    /// <inheritdoc />
    public Task<IndexingSummary> ReindexAsync(string? sourceName, IProgress<IndexingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var toIndex = sourceName is null
            ? sources.All()
            : [sources.Named(sourceName) ?? throw new ArgumentException($"There is no source named '{sourceName}'.", nameof(sourceName))];
        return RunAsync(toIndex, progress, cancellationToken);
    }
}
