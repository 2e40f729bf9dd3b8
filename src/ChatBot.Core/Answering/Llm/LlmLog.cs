using Microsoft.Extensions.Logging;

namespace ChatBot.Core.Answering.Llm;

/// <summary>Log lines of the LLM answer path. Prompt and reply bodies only at Trace.</summary>
internal static partial class LlmLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "The language model was unavailable ({Reason}); answering extractively")]
    public static partial void Unavailable(ILogger logger, string reason, Exception exception);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Guard removed material from the model's {Task} reply: {Failures}")]
    public static partial void GuardRemoved(ILogger logger, string task, string failures);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "The model's {Task} reply lost its support; regenerating once")]
    public static partial void Regenerating(ILogger logger, string task);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "The model's {Task} reply could not be verified after regeneration; answering extractively")]
    public static partial void Unverifiable(ILogger logger, string task);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "Disagreement check by the model failed ({Reason}); keeping the numeric detector's findings")]
    public static partial void DisagreementsFailed(ILogger logger, string reason, Exception exception);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Trace, Message = "Prompt {Task}:\n{System}\n---\n{User}")]
    public static partial void Prompt(ILogger logger, string task, string system, string user);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Trace, Message = "Reply {Task}:\n{Reply}")]
    public static partial void Reply(ILogger logger, string task, string reply);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Warning, Message = "{Reason} Trying again with {Fewer} of the {Passages} passages")]
    public static partial void TooLong(ILogger logger, string reason, int passages, int fewer);

    [LoggerMessage(EventId = 4009, Level = LogLevel.Warning, Message = "{Reason} Fewer passages did not help; answering extractively")]
    public static partial void TooLongTwice(ILogger logger, string reason);
}
