using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Discord.Tests.Infrastructure;

/// <summary>
/// <see cref="FakeTimeProvider"/> (which moves time and fires timers) that also lets a test wait until the code
/// under test has set a timer for a given instant, so it advances the clock only once the bot is waiting on it.
/// FakeTimeProvider keeps its timers to itself; this wraps the ones it creates to see when each falls due.
/// </summary>
internal sealed class TimerWatchingTimeProvider() : FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))
{
    private readonly Lock _gate = new();
    private readonly Dictionary<WatchedTimer, DateTimeOffset> _due = [];
    private TaskCompletionSource _changed = NewSignal();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new WatchedTimer(this, base.CreateTimer(callback, state, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan));
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Waits until some timer is due at exactly <paramref name="due"/>.</summary>
    public async Task WaitForTimerDueAtAsync(DateTimeOffset due, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            Task signal;
            lock (_gate)
            {
                if (_due.ContainsValue(due)) return;
                signal = _changed.Task;
            }

            await signal.WaitAsync(cancel.Token);
        }
    }

    private void Scheduled(WatchedTimer timer, TimeSpan dueTime)
    {
        TaskCompletionSource signal;
        lock (_gate)
        {
            if (dueTime == Timeout.InfiniteTimeSpan) _due.Remove(timer);
            else _due[timer] = GetUtcNow() + dueTime;
            signal = _changed;
            _changed = NewSignal();
        }

        signal.TrySetResult();
    }

    private void Disposed(WatchedTimer timer)
    {
        lock (_gate) _due.Remove(timer);
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class WatchedTimer(TimerWatchingTimeProvider owner, ITimer inner) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            owner.Scheduled(this, dueTime);
            return inner.Change(dueTime, period);
        }

        public void Dispose()
        {
            owner.Disposed(this);
            inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
