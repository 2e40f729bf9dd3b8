using ChatBot.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Worker;

/// <summary>
/// Keeps the index current while <c>serve</c> runs: indexes every source at start-up, then each source on its
/// interval, folder sources also when their files change, and on-demand requests from <see cref="ReindexQueue"/>.
/// One run at a time. Stopping cancels the run between stories: every story written is whole (each is one
/// transaction) and the next start completes the rest.
/// </summary>
public sealed class IndexingWorker(
    IndexingRunner runner,
    SourceFactory sources,
    ReindexQueue queue,
    IndexingActivity activity,
    IOptions<WorkerOptions> options,
    TimeProvider time,
    ILogger<IndexingWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting (and /healthz answer) before the first, possibly long, run.
        await Task.Yield();
        var schedule = new SourceSchedule(sources.Configured, time.GetUtcNow(), options.Value.IndexOnStart);
        var watchers = StartWatchers();
        var watching = watchers.Select(w => WatchAsync(w, stoppingToken)).ToList();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                foreach (var name in schedule.Due(time.GetUtcNow()))
                {
                    await RunAsync(new ReindexJob(name, null, CancellationToken.None, awaited: false), schedule, stoppingToken);
                }

                while (queue.Reader.TryRead(out var job))
                {
                    await RunAsync(job, schedule, stoppingToken);
                }

                await WaitForWorkAsync(schedule.NextDue, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; the interrupted run has left every story whole.
        }
        finally
        {
            queue.Close();
            foreach (var watcher in watchers) watcher.Dispose();
            await Task.WhenAll(watching).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            activity.Idle();
            WorkerLog.Stopped(logger);
        }
    }

    private async Task RunAsync(ReindexJob job, SourceSchedule schedule, CancellationToken stoppingToken)
    {
        if (job.RequestCancelled.IsCancellationRequested)
        {
            job.Cancel();
            return;
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, job.RequestCancelled);
        WorkerLog.ReindexStarted(logger, job.SourceName ?? "all sources");
        try
        {
            var summary = await runner.ReindexAsync(job.SourceName, activity.With(job.Progress), linked.Token);
            schedule.Ran(job.SourceName, time.GetUtcNow());
            job.Succeed(summary);
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            job.Cancel();
            stoppingToken.ThrowIfCancellationRequested();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            WorkerLog.ReindexFailed(logger, job.SourceName ?? "all sources", e);
            schedule.Ran(job.SourceName, time.GetUtcNow());
            job.Fail(e);
        }
        finally
        {
            activity.Idle();
        }
    }

    private async Task WaitForWorkAsync(DateTimeOffset? nextDue, CancellationToken stoppingToken)
    {
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var waits = new List<Task> { queue.Reader.WaitToReadAsync(wake.Token).AsTask() };
        if (nextDue is { } due)
        {
            var delay = due - time.GetUtcNow();
            if (delay <= TimeSpan.Zero) return;
            waits.Add(Task.Delay(delay, time, wake.Token));
        }

        await Task.WhenAny(waits);
        await wake.CancelAsync();
        await Task.WhenAll(waits).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        stoppingToken.ThrowIfCancellationRequested();
    }

    private List<FolderWatcher> StartWatchers()
    {
        var watchers = new List<FolderWatcher>();
        if (!options.Value.WatchFolders) return watchers;
        foreach (var source in sources.Configured.Where(s => s.Type.Equals("folder", StringComparison.OrdinalIgnoreCase)))
        {
            try
            {
                watchers.Add(new FolderWatcher(source.Name, source.Path!, options.Value.FolderDebounce, time));
            }
            catch (Exception e) when (e is ArgumentException or IOException or PlatformNotSupportedException or UnauthorizedAccessException)
            {
                WorkerLog.WatcherFailed(logger, source.Path!, e.Message);
            }
        }

        return watchers;
    }

    private async Task WatchAsync(FolderWatcher watcher, CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                await watcher.WaitForChangeAsync(stoppingToken);
                WorkerLog.FolderChanged(logger, watcher.Folder, watcher.SourceName);
                if (!queue.Request(watcher.SourceName)) return;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The worker is stopping.
        }
    }
}
