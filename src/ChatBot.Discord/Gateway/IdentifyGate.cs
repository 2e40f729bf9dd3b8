using System.Collections.Concurrent;

namespace ChatBot.Discord.Gateway;

/// <summary>
/// Paces Identify across the shards of this process: shards share a rate limit key
/// (<c>shard_id % max_concurrency</c>), and each key may identify once per <see cref="GatewayTimings.IdentifyInterval"/>.
/// </summary>
internal sealed class IdentifyGate(TimeProvider time, GatewayTimings timings)
{
    private readonly ConcurrentDictionary<int, KeySlot> _slots = new();
    private int _maxConcurrency = 1;

    public int MaxConcurrency
    {
        get => Volatile.Read(ref _maxConcurrency);
        set => Volatile.Write(ref _maxConcurrency, Math.Max(1, value));
    }

    public async Task WaitTurnAsync(int shardId, CancellationToken cancellationToken = default)
    {
        var slot = _slots.GetOrAdd(shardId % MaxConcurrency, _ => new KeySlot());
        await slot.Gate.WaitAsync(cancellationToken);
        try
        {
            var wait = slot.NextAllowed - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            slot.NextAllowed = time.GetUtcNow() + timings.IdentifyInterval;
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    private sealed class KeySlot
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public DateTimeOffset NextAllowed { get; set; }
    }
}
