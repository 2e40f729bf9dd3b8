using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Digests;

internal static partial class DigestLog
{
    [LoggerMessage(EventId = 700, Level = LogLevel.Information, Message = "Digest for channel {ChannelId} ({Schedule}) posted for {Due:o}, covering {Missed} missed")]
    public static partial void Posted(ILogger logger, string channelId, string schedule, DateTimeOffset due, int missed);

    [LoggerMessage(EventId = 701, Level = LogLevel.Error, Message = "Posting the digest for channel {ChannelId} due {Due:o} failed; it stays due and is tried again in {DelaySeconds} s")]
    public static partial void Failed(ILogger logger, Exception exception, string channelId, DateTimeOffset due, double delaySeconds);

    [LoggerMessage(EventId = 702, Level = LogLevel.Information, Message = "Digest for channel {ChannelId} ({Schedule}) scheduled; next due {Due:o}")]
    public static partial void Scheduled(ILogger logger, string channelId, string schedule, DateTimeOffset due);
}
