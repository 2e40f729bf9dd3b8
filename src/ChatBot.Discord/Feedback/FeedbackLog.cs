using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Feedback;

internal static partial class FeedbackLog
{
    [LoggerMessage(EventId = 600, Level = LogLevel.Warning, Message = "Answer {AnswerId} could not be kept for feedback; votes on it will be refused")]
    public static partial void AnswerNotKept(ILogger logger, Exception exception, string answerId);

    [LoggerMessage(EventId = 601, Level = LogLevel.Information, Message = "Feedback on answer {AnswerId}: {Vote} ({Outcome})")]
    public static partial void Voted(ILogger logger, string answerId, string vote, VoteOutcome outcome);

    [LoggerMessage(EventId = 602, Level = LogLevel.Debug, Message = "Answer {AnswerId} kept for feedback")]
    public static partial void AnswerKept(ILogger logger, string answerId);
}
