namespace ChatBot.Llm;

/// <summary>
/// Remembers that the endpoint just failed (timed out, refused, kept answering 5xx), so the calls that follow
/// in the same request fall back at once instead of each waiting out its own timeout.
/// </summary>
public sealed class EndpointHealth(TimeProvider time, TimeSpan pause)
{
    private long _downUntilTicks;

    /// <summary>True while the pause after a failure lasts.</summary>
    public bool IsDown => time.GetUtcNow().UtcTicks < Interlocked.Read(ref _downUntilTicks);

    /// <summary>Starts a pause.</summary>
    public void MarkDown() => Interlocked.Exchange(ref _downUntilTicks, (time.GetUtcNow() + pause).UtcTicks);
}
