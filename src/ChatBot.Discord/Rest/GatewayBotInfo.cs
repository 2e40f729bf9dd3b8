namespace ChatBot.Discord.Rest;

/// <summary>The answer of GET /gateway/bot.</summary>
internal sealed record GatewayBotInfo(string Url, int Shards, SessionStartLimit SessionStartLimit);
