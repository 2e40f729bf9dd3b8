namespace ChatBot.Core.Ingestion;

/// <summary>
/// Passes progress on at most once per interval, and always the final report, so a Discord message showing a
/// reindex is edited at most once a second however fast stories go by. Reports arriving in between are dropped:
/// each report is a complete state (done, total, failed), so only the latest matters.
/// </summary>
public sealed class ThrottledProgress<T>(IProgress<T> inner, TimeSpan interval, Func<T, bool> isFinal, TimeProvider? timeProvider = null) : IProgress<T>
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;
    private readonly Lock _gate = new();
    private long? _lastReported;

    /// <summary>Indexing progress throttled to one report per <paramref name="interval"/>; the last story of a run always reports.</summary>
    public static ThrottledProgress<IndexingProgress> ForIndexing(IProgress<IndexingProgress> inner, TimeSpan interval, TimeProvider? timeProvider = null) =>
        new(inner, interval, p => p.Done >= p.Total, timeProvider);

    /// <inheritdoc />
    public void Report(T value)
    {
        var now = _time.GetTimestamp();
        lock (_gate)
        {
            var due = _lastReported is not { } last || _time.GetElapsedTime(last, now) >= interval;
            if (!due && !isFinal(value)) return;
            _lastReported = now;
        }

        inner.Report(value);
    }
}
