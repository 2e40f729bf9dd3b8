namespace ChatBot.Testing;

/// <summary>
/// What a loopback server received, in order, and a way for a test to wait for it: each addition wakes the
/// waiters, who re-check their condition.
/// </summary>
public sealed class RequestRecorder<T> : IReadOnlyCollection<T>
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);
    private readonly Lock _gate = new();
    private readonly List<T> _items = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Count => Snapshot().Count;

    public IEnumerator<T> GetEnumerator() => Snapshot().GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public IReadOnlyList<T> Snapshot()
    {
        lock (_gate)
        {
            return [.. _items];
        }
    }

    public void Add(T item)
    {
        TaskCompletionSource signal;
        lock (_gate)
        {
            _items.Add(item);
            signal = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        signal.TrySetResult();
    }

    public async Task<T> WaitForAsync(Func<T, bool> predicate, TimeSpan? timeout = null, string? what = null)
    {
        var matches = await WaitForCountAsync(predicate, 1, timeout, what);
        return matches[0];
    }

    public async Task<IReadOnlyList<T>> WaitForCountAsync(Func<T, bool> predicate, int count, TimeSpan? timeout = null, string? what = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? DefaultTimeout);
        while (true)
        {
            Task signal;
            lock (_gate)
            {
                var matches = _items.Where(predicate).ToList();
                if (matches.Count >= count)
                {
                    return matches;
                }

                signal = _changed.Task;
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
