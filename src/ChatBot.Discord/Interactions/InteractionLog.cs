using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Interactions;

internal static partial class InteractionLog
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Error, Message = "Answering interaction {InteractionId} (/{Command}) failed")]
    public static partial void AnswerFailed(ILogger logger, Exception exception, string interactionId, string? command);

    [LoggerMessage(EventId = 301, Level = LogLevel.Debug, Message = "Interaction {InteractionId} deferred: the answer took longer than {WindowMs} ms")]
    public static partial void Deferred(ILogger logger, string interactionId, int windowMs);

    [LoggerMessage(EventId = 302, Level = LogLevel.Error, Message = "Responding to interaction {InteractionId} failed")]
    public static partial void ResponseFailed(ILogger logger, Exception exception, string interactionId);

    [LoggerMessage(EventId = 303, Level = LogLevel.Debug, Message = "Interaction {InteractionId} was already handled; ignoring the repeat")]
    public static partial void Duplicate(ILogger logger, string interactionId);

    [LoggerMessage(EventId = 304, Level = LogLevel.Warning, Message = "Ignoring a malformed {Event} event")]
    public static partial void MalformedEvent(ILogger logger, Exception exception, string @event);

    [LoggerMessage(EventId = 305, Level = LogLevel.Error, Message = "Replying to message {MessageId} in channel {ChannelId} (a mention or DM) failed: {Reason}")]
    public static partial void ReplyFailed(ILogger logger, Exception exception, string messageId, string channelId, string reason);
}
