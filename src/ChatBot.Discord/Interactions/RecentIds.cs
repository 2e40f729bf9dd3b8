using System.Collections.Concurrent;

namespace ChatBot.Discord.Interactions;

/// <summary>
/// Remembers the ids of events already handled for 15 minutes (an interaction token's lifetime), so an event
/// the gateway delivers twice (e.g. replayed after a resume) is answered once.
/// </summary>
internal sealed class RecentIds(TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);
    private long lastPrune;

    /// <summary>True the first time an id is seen.</summary>
    public bool TryAdd(string id)
    {
        var now = time.GetUtcNow();
        Prune(now);
        return seen.TryAdd(id, now);
    }

    private void Prune(DateTimeOffset now)
    {
        var last = Interlocked.Read(ref lastPrune);
        if (now.UtcTicks - last < TimeSpan.TicksPerMinute || Interlocked.CompareExchange(ref lastPrune, now.UtcTicks, last) != last)
        {
            return;
        }

        foreach (var (id, at) in seen)
        {
            if (now - at > Lifetime)
            {
                seen.TryRemove(id, out _);
            }
        }
    }
}
