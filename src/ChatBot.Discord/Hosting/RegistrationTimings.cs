namespace ChatBot.Discord.Hosting;

/// <summary>How long a failed command registration waits before it is tried again: doubling from the base to the cap.</summary>
internal sealed record RegistrationTimings
{
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMinutes(10);

    public TimeSpan DelayAfter(int failures)
    {
        var delay = BaseDelay * Math.Pow(2, Math.Min(failures - 1, 16));
        return delay < MaxDelay ? delay : MaxDelay;
    }
}
