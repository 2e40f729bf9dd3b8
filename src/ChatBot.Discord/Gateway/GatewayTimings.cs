namespace ChatBot.Discord.Gateway;

/// <summary>
/// The waits the gateway client makes, with Discord's values as defaults. Tests shorten them; the clock
/// itself is the injected <see cref="TimeProvider"/>.
/// </summary>
internal sealed record GatewayTimings
{
    /// <summary>Identify calls per rate limit key are allowed once per this interval.</summary>
    public TimeSpan IdentifyInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>After Invalid Session (d false), wait a random time in this range before identifying.</summary>
    public TimeSpan InvalidSessionMinDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan InvalidSessionMaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>First reconnect delay after an abnormal close; doubles per failed attempt up to the maximum.</summary>
    public TimeSpan ReconnectBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan ReconnectMaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a close handshake may take before the socket is aborted.</summary>
    public TimeSpan CloseTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>A random number in [0, 1): the jitter of the first heartbeat and of the invalid-session delay.</summary>
    public Func<double> Random { get; init; } = System.Random.Shared.NextDouble;
}
