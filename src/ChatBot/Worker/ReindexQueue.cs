using System.Threading.Channels;
using ChatBot.Core.Ingestion;
using ChatBot.Hosting;

namespace ChatBot.Worker;

/// <summary>
/// The on-demand reindex queue that /reindex and the CLI go through while <c>serve</c> runs. The indexing worker
/// reads it and runs one reindex at a time; a caller awaits its own request's summary.
/// </summary>
public sealed class ReindexQueue(SourceFactory sources) : IReindexRequests
{
    private readonly Channel<ReindexJob> _jobs = Channel.CreateUnbounded<ReindexJob>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Where the worker takes jobs from.</summary>
    public ChannelReader<ReindexJob> Reader => _jobs.Reader;

    /// <inheritdoc />
    public async Task<IndexingSummary> ReindexAsync(string? sourceName, IProgress<IndexingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        // An unknown name fails at once, not after the jobs queued before it.
        if (sourceName is not null && sources.Named(sourceName) is null)
        {
            throw new ArgumentException($"There is no source named '{sourceName}'.", nameof(sourceName));
        }

        var job = new ReindexJob(sourceName, progress, cancellationToken, awaited: true);
        await _jobs.Writer.WriteAsync(job, cancellationToken);
        return await job.Completion.WaitAsync(cancellationToken);
    }

    /// <summary>Queues a reindex nobody waits for (a folder changed); false once the worker has stopped.</summary>
    public bool Request(string sourceName) => _jobs.Writer.TryWrite(new ReindexJob(sourceName, null, CancellationToken.None, awaited: false));

    /// <summary>Refuses further requests and cancels the ones still waiting; the worker calls it when it stops.</summary>
    public void Close()
    {
        _jobs.Writer.TryComplete();
        while (_jobs.Reader.TryRead(out var job)) job.Cancel();
    }
}
