namespace ChatBot.Discord.Rest;

/// <summary>
/// One rate limit bucket: requests through it go one at a time (<see cref="Gate"/>), and wait when
/// Discord said none remain until the reset.
/// </summary>
internal sealed class RateLimitBucket
{
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>Requests left before <see cref="ResetAt"/>; null while unknown.</summary>
    public int? Remaining { get; set; }

    public DateTimeOffset ResetAt { get; set; }

    private long _lastUsedTicks;

    /// <summary>When a request last went through; idle buckets are forgotten.</summary>
    public DateTimeOffset LastUsed
    {
        get => new(Volatile.Read(ref _lastUsedTicks), TimeSpan.Zero);
        set => Volatile.Write(ref _lastUsedTicks, value.UtcTicks);
    }
}
