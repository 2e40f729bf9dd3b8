namespace ChatBot.Discord.Gateway;

/// <summary>What one shard's connection needs.</summary>
/// <param name="UserAgent">Sent on the WebSocket handshake, as on every REST request.</param>
internal sealed record GatewayShardSettings(string Token, GatewayIntents Intents, int ShardId, int ShardCount, Uri GatewayUrl, string UserAgent);
