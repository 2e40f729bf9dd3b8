namespace ChatBot.Discord.Tests.Infrastructure;

/// <summary>A list that tests can wait on: each addition wakes the waiters, who re-check their condition.</summary>
internal sealed class Waitable<T>
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);
    private readonly Lock gate = new();
    private readonly List<T> items = [];
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<T> Snapshot()
    {
        lock (gate)
        {
            return [.. items];
        }
    }

    public void Add(T item)
    {
        TaskCompletionSource signal;
        lock (gate)
        {
            items.Add(item);
            signal = changed;
            changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        signal.TrySetResult();
    }

    public async Task<T> WaitForAsync(Func<T, bool> predicate, TimeSpan? timeout = null, string? what = null)
    {
        var items = await WaitForCountAsync(predicate, 1, timeout, what);
        return items[0];
    }

    public async Task<IReadOnlyList<T>> WaitForCountAsync(Func<T, bool> predicate, int count, TimeSpan? timeout = null, string? what = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? DefaultTimeout);
        while (true)
        {
            Task signal;
            lock (gate)
            {
                var matches = items.Where(predicate).ToList();
                if (matches.Count >= count)
                {
                    return matches;
                }

                signal = changed.Task;
            }

            try
            {
                await signal.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Timed out waiting for {count} × {what ?? "item"}; have: {string.Join(", ", Snapshot().TakeLast(20))}");
            }
        }
    }
}
