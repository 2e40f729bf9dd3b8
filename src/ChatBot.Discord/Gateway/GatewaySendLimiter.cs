namespace ChatBot.Discord.Gateway;

/// <summary>
/// Keeps a connection under Discord's 120 events per 60 s. A few slots are kept for heartbeats, so a burst
/// of other events can never make the bot miss one.
/// </summary>
internal sealed class GatewaySendLimiter(TimeProvider time, int limit = 120, int heartbeatReserve = 4, TimeSpan? window = null)
{
    private readonly TimeSpan _window = window ?? TimeSpan.FromSeconds(60);
    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly Lock _gate = new();

    public async Task WaitAsync(bool heartbeat, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = time.GetUtcNow();
                while (_sent.Count > 0 && _sent.Peek() + _window <= now)
                {
                    _sent.Dequeue();
                }

                var allowed = heartbeat ? limit : limit - heartbeatReserve;
                if (_sent.Count < allowed)
                {
                    _sent.Enqueue(now);
                    return;
                }

                wait = _sent.Peek() + _window - now;
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }
}
