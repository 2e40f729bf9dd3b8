using ChatBot.Core.Ingestion;

namespace ChatBot.Worker;

/// <summary>One queued reindex: a source (all when null), who to tell about progress, and who awaits the result.</summary>
public sealed class ReindexJob(string? sourceName, IProgress<IndexingProgress>? progress, CancellationToken requestCancelled, bool awaited)
{
    private readonly TaskCompletionSource<IndexingSummary>? _completion = awaited ? new(TaskCreationOptions.RunContinuationsAsynchronously) : null;

    public string? SourceName { get; } = sourceName;

    public IProgress<IndexingProgress>? Progress { get; } = progress;

    /// <summary>The requester gave up; a job not started yet is skipped, a running one is cancelled.</summary>
    public CancellationToken RequestCancelled { get; } = requestCancelled;

    /// <summary>The result, for a requester that waits; background requests (watcher, schedule) have none.</summary>
    public Task<IndexingSummary> Completion => _completion?.Task ?? Task.FromException<IndexingSummary>(new InvalidOperationException("Nobody awaits a background reindex."));

    public void Succeed(IndexingSummary summary) => _completion?.TrySetResult(summary);

    public void Cancel() => _completion?.TrySetCanceled(RequestCancelled.IsCancellationRequested ? RequestCancelled : new CancellationToken(true));

    public void Fail(Exception exception) => _completion?.TrySetException(exception);
}
