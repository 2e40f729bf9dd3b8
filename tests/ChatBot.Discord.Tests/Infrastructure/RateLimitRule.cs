namespace ChatBot.Discord.Tests.Infrastructure;

/// <summary>Answer the next <see cref="Times"/> requests whose path contains <see cref="PathContains"/> with 429.</summary>
internal sealed class RateLimitRule(string pathContains, double retryAfterSeconds, bool global, int times)
{
    private int _left = times;

    public string PathContains { get; } = pathContains;

    public double RetryAfterSeconds { get; } = retryAfterSeconds;

    public bool Global { get; } = global;

    public bool TryTake(string path) =>
        (Global || path.Contains(PathContains, StringComparison.Ordinal)) && Interlocked.Decrement(ref _left) >= 0;
}
