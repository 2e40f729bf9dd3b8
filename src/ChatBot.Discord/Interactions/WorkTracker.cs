namespace ChatBot.Discord.Interactions;

/// <summary>
/// Runs the answers to events in the background and keeps hold of them, so the hosted service can wait for
/// every one before it stops: nothing is fire-and-forget.
/// </summary>
internal sealed class WorkTracker : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, Task> _running = [];
    private readonly CancellationTokenSource _stopping = new();
    private long _nextId;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _running.Count;
            }
        }
    }

    public void Run(Func<CancellationToken, Task> work)
    {
        var id = Interlocked.Increment(ref _nextId);
        var start = new Task<Task>(() => RunAsync(id, work));
        lock (_gate)
        {
            _running.Add(id, start.Unwrap());
        }

        start.Start(TaskScheduler.Default);
    }

    /// <summary>Waits for running work; after <paramref name="grace"/> cancels what is left and waits for it to end.</summary>
    public async Task DrainAsync(TimeSpan grace)
    {
        Task all;
        lock (_gate)
        {
            all = Task.WhenAll(_running.Values);
        }

        try
        {
            await all.WaitAsync(grace);
        }
        catch (TimeoutException)
        {
            await _stopping.CancelAsync();
            await all.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task RunAsync(long id, Func<CancellationToken, Task> work)
    {
        try
        {
            await work(_stopping.Token);
        }
        finally
        {
            lock (_gate)
            {
                _running.Remove(id);
            }
        }
    }

    public void Dispose() => _stopping.Dispose();
}
