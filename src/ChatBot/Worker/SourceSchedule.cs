using ChatBot.Configuration;

namespace ChatBot.Worker;

/// <summary>When each configured source is next due: its last run plus its interval.</summary>
public sealed class SourceSchedule
{
    private readonly Dictionary<string, (TimeSpan Interval, DateTimeOffset Next)> _sources = new(StringComparer.OrdinalIgnoreCase);

    public SourceSchedule(IEnumerable<SourceOptions> sources, DateTimeOffset now, bool dueNow)
    {
        foreach (var source in sources) _sources[source.Name] = (source.Interval, dueNow ? now : now + source.Interval);
    }

    /// <summary>The earliest time any source is due; null when no source is configured.</summary>
    public DateTimeOffset? NextDue => _sources.Count == 0 ? null : _sources.Values.Min(s => s.Next);

    /// <summary>The sources due at <paramref name="now"/>, in configuration order.</summary>
    public IReadOnlyList<string> Due(DateTimeOffset now) => _sources.Where(s => s.Value.Next <= now).Select(s => s.Key).ToList();

    /// <summary>Records a run of <paramref name="name"/> (all sources when null) that finished at <paramref name="now"/>.</summary>
    public void Ran(string? name, DateTimeOffset now)
    {
        foreach (var key in _sources.Keys.Where(k => name is null || k.Equals(name, StringComparison.OrdinalIgnoreCase)).ToList())
        {
            _sources[key] = (_sources[key].Interval, now + _sources[key].Interval);
        }
    }
}
