using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Hosting;

internal static partial class HostingLog
{
    [LoggerMessage(EventId = 500, Level = LogLevel.Critical, Message = "{Reason} The Discord bot has stopped.")]
    public static partial void Fatal(ILogger logger, string reason);

    [LoggerMessage(EventId = 501, Level = LogLevel.Information, Message = "Registered {Count} commands {Scope}")]
    public static partial void CommandsRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(EventId = 502, Level = LogLevel.Information, Message = "Starting {Count} of {ShardCount} shards (identify concurrency {MaxConcurrency})")]
    public static partial void StartingShards(ILogger logger, int count, int shardCount, int maxConcurrency);

    [LoggerMessage(EventId = 503, Level = LogLevel.Error, Message = "Registering the commands failed ({Reason}); the bot keeps answering mentions and DMs and tries again in {DelaySeconds} s")]
    public static partial void RegistrationFailed(ILogger logger, string reason, double delaySeconds);
}
