using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Commands;

internal static partial class CommandLog
{
    [LoggerMessage(EventId = 400, Level = LogLevel.Error, Message = "/reindex of {Source} failed")]
    public static partial void ReindexFailed(ILogger logger, Exception exception, string? source);

    [LoggerMessage(EventId = 401, Level = LogLevel.Warning, Message = "Unknown command /{Command}")]
    public static partial void UnknownCommand(ILogger logger, string? command);

    [LoggerMessage(EventId = 402, Level = LogLevel.Error, Message = "Answering a mention or DM failed")]
    public static partial void MentionFailed(ILogger logger, Exception exception);
}
