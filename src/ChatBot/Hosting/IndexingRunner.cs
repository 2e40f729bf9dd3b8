using ChatBot.Core.Index;
using ChatBot.Core.Index.Sqlite;
using ChatBot.Core.Ingestion;
using ChatBot.Core.Ingestion.Duplicates;
using ChatBot.Worker;
using Microsoft.Extensions.Logging;

namespace ChatBot.Hosting;

/// <summary>
/// Runs the incremental indexer over sources, one after another. A source that cannot be read at all (a missing
/// folder, a malformed or unreachable feed) is reported as a failure and the others still run; an unavailable
/// index stops the run instead (every other source would fail alike), recorded for the source it stopped at and
/// thrown, so the CLI says it in one line with its exit code. Each source's
/// outcome is recorded for <c>sources</c> and /healthz; duplicate groups are refreshed when anything changed.
/// </summary>
public sealed class IndexingRunner(
    StoryIndexer indexer,
    SourceFactory sources,
    ISourceStatusStore statuses,
    IDuplicateRegistry duplicates,
    TimeProvider time,
    ILogger<IndexingRunner> logger) : IReindexRequests
{
    /// <summary>Indexes every given source and combines what changed.</summary>
    public async Task<IndexingSummary> RunAsync(IEnumerable<IStorySource> toIndex, IProgress<IndexingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var summaries = new List<IndexingSummary>();
        foreach (var source in toIndex)
        {
            summaries.Add(await RunSourceAsync(source, progress, cancellationToken));
        }

        var combined = IndexingSummary.Combine(summaries);
        if (combined.Added + combined.Updated + combined.Removed > 0) await duplicates.RefreshAsync(cancellationToken);
        return combined;
    }

    /// <summary>Same as <see cref="ReindexAsync"/>, directly (the worker's queue calls this, one request at a time).</summary>
    public Task<IndexingSummary> ReindexAsync(string? sourceName, IProgress<IndexingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var toIndex = sourceName is null
            ? sources.All()
            : [sources.Named(sourceName) ?? throw new ArgumentException(sources.UnknownSourceMessage(sourceName))];
        return RunAsync(toIndex, progress, cancellationToken);
    }

    private async Task<IndexingSummary> RunSourceAsync(IStorySource source, IProgress<IndexingProgress>? progress, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        try
        {
            var summary = await indexer.IndexAsync(source, progress, cancellationToken);
            var note = summary.HasFailures ? $"{summary.Failures.Count} failed; first: {summary.Failures[0].Location}: {summary.Failures[0].Reason}" : null;
            await statuses.RecordAsync(Status(source.Name, started, summary, note), cancellationToken);
            WorkerLog.SourceIndexed(logger, source.Name, summary.Added, summary.Updated, summary.Removed, summary.Unchanged, summary.Failures.Count);
            return summary;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Every story written so far is whole; the next run picks up where this one stopped.
            await statuses.RecordAsync(new SourceStatus(source.Name, started, time.GetUtcNow(), 0, 0, 0, 0, 0, "interrupted: the run was cancelled"), CancellationToken.None);
            throw;
        }
        catch (IndexUnavailableException e)
        {
            // No source can be indexed without the index: stop here, so the command or the worker says so once.
            // The status lives in the SQLite file: when that file is what failed, there is nowhere to record it.
            var failed = new IndexingSummary(0, 0, 0, 0, [new IndexingFailure(source.Name, e.Message)], time.GetUtcNow() - started);
            if (e is not IndexFileException) await statuses.RecordAsync(Status(source.Name, started, failed, e.Message), CancellationToken.None);
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            WorkerLog.SourceFailed(logger, source.Name, e.Message);
            var failed = Failed(source, e, started);
            await statuses.RecordAsync(Status(source.Name, started, failed, e.Message), cancellationToken);
            return failed;
        }
    }

    private IndexingSummary Failed(IStorySource source, Exception e, DateTimeOffset started) =>
        new(0, 0, 0, 0, [new IndexingFailure(source.Name, e.Message)], time.GetUtcNow() - started);

    private SourceStatus Status(string name, DateTimeOffset started, IndexingSummary summary, string? error) =>
        new(name, started, time.GetUtcNow(), summary.Added, summary.Updated, summary.Removed, summary.Unchanged, summary.Failures.Count, error);
}
