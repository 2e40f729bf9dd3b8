using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Gateway;

internal static partial class GatewayLog
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Shard {ShardId}/{ShardCount}: identifying with intents {Intents}")]
    public static partial void Identifying(ILogger logger, int shardId, int shardCount, int intents);

    [LoggerMessage(EventId = 201, Level = LogLevel.Information, Message = "Shard {ShardId}: resuming session at sequence {Sequence}")]
    public static partial void Resuming(ILogger logger, int shardId, long? sequence);

    [LoggerMessage(EventId = 202, Level = LogLevel.Information, Message = "Shard {ShardId}: {Event}")]
    public static partial void SessionReady(ILogger logger, int shardId, string @event);

    [LoggerMessage(EventId = 203, Level = LogLevel.Warning, Message = "Shard {ShardId}: no heartbeat ACK since the last heartbeat; closing the zombie connection to resume")]
    public static partial void Zombie(ILogger logger, int shardId);

    [LoggerMessage(EventId = 204, Level = LogLevel.Information, Message = "Shard {ShardId}: the gateway asked to reconnect")]
    public static partial void ReconnectRequested(ILogger logger, int shardId);

    [LoggerMessage(EventId = 205, Level = LogLevel.Warning, Message = "Shard {ShardId}: invalid session (resumable: {Resumable})")]
    public static partial void InvalidSession(ILogger logger, int shardId, bool resumable);

    [LoggerMessage(EventId = 206, Level = LogLevel.Warning, Message = "Shard {ShardId}: the gateway closed the connection with {CloseCode}")]
    public static partial void Closed(ILogger logger, int shardId, int? closeCode);

    [LoggerMessage(EventId = 207, Level = LogLevel.Warning, Message = "Shard {ShardId}: connection lost ({Reason})")]
    public static partial void ConnectionLost(ILogger logger, int shardId, string reason);

    [LoggerMessage(EventId = 209, Level = LogLevel.Information, Message = "Shard {ShardId}: reconnecting in {DelayMs} ms to {Action}")]
    public static partial void Reconnecting(ILogger logger, int shardId, double delayMs, string action);

    [LoggerMessage(EventId = 208, Level = LogLevel.Debug, Message = "Shard {ShardId}: heartbeat ACK")]
    public static partial void HeartbeatAck(ILogger logger, int shardId);
}
