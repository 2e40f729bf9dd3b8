namespace ChatBot.Discord.Rest;

/// <summary>The only data a deferred response carries: whether the answer will be ephemeral.</summary>
internal sealed record DeferredResponseData(int Flags);
