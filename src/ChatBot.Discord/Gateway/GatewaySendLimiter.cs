namespace ChatBot.Discord.Gateway;

/// <summary>
/// Keeps a connection under Discord's 120 events per 60 s. A few slots are kept for heartbeats, so a burst
/// of other events can never make the bot miss one.
/// </summary>
internal sealed class GatewaySendLimiter(TimeProvider time, int limit = 120, int heartbeatReserve = 4, TimeSpan? window = null)
{
    private readonly TimeSpan window = window ?? TimeSpan.FromSeconds(60);
    private readonly Queue<DateTimeOffset> sent = new();
    private readonly Lock gate = new();

    public async Task WaitAsync(bool heartbeat, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            TimeSpan wait;
            lock (gate)
            {
                var now = time.GetUtcNow();
                while (sent.Count > 0 && sent.Peek() + window <= now)
                {
                    sent.Dequeue();
                }

                var allowed = heartbeat ? limit : limit - heartbeatReserve;
                if (sent.Count < allowed)
                {
                    sent.Enqueue(now);
                    return;
                }

                wait = sent.Peek() + window - now;
            }

            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
