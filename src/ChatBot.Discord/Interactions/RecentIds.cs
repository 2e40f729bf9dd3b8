using System.Collections.Concurrent;

namespace ChatBot.Discord.Interactions;

/// <summary>
/// Remembers the ids of events already handled for 15 minutes (an interaction token's lifetime), so an event
/// the gateway delivers twice (e.g. replayed after a resume) is answered once.
/// </summary>
internal sealed class RecentIds(TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private long _lastPrune;

    /// <summary>True the first time an id is seen.</summary>
    public bool TryAdd(string id)
    {
        var now = time.GetUtcNow();
        Prune(now);
        return _seen.TryAdd(id, now);
    }

    private void Prune(DateTimeOffset now)
    {
        var last = Interlocked.Read(ref _lastPrune);
        if (now.UtcTicks - last < TimeSpan.TicksPerMinute || Interlocked.CompareExchange(ref _lastPrune, now.UtcTicks, last) != last)
        {
            return;
        }

        foreach (var (id, at) in _seen)
        {
            if (now - at > Lifetime)
            {
                _seen.TryRemove(id, out _);
            }
        }
    }
}
