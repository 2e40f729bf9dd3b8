namespace ChatBot.Discord.Gateway;

/// <summary>What one shard's connection needs.</summary>
internal sealed record GatewayShardSettings(string Token, GatewayIntents Intents, int ShardId, int ShardCount, Uri GatewayUrl);
