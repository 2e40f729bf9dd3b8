namespace ChatBot.Discord.Gateway;

/// <summary>How a gateway connection ended and what the shard does next.</summary>
/// <param name="Resume">True to resume the session on the next connection, false to identify afresh.</param>
/// <param name="Delay">A wait chosen by the protocol (e.g. after Invalid Session); null to use the backoff.</param>
/// <param name="ReachedReady">The connection got READY or RESUMED, so the backoff starts over.</param>
internal sealed record ConnectionOutcome(bool Resume, TimeSpan? Delay, bool ReachedReady);
