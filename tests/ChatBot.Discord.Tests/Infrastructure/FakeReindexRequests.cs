using ChatBot.Core.Ingestion;

namespace ChatBot.Discord.Tests.Infrastructure;

/// <summary>A reindex that reports the progress the test feeds it and finishes when the test says.</summary>
internal sealed class FakeReindexRequests : IReindexRequests
{
    public RequestRecorder<string?> Calls { get; } = new();

    public IProgress<IndexingProgress>? Progress { get; private set; }

    public TaskCompletionSource<IndexingSummary> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<IndexingSummary> ReindexAsync(string? sourceName, IProgress<IndexingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Progress = progress;
        Calls.Add(sourceName);
        return Result.Task.WaitAsync(cancellationToken);
    }
}
