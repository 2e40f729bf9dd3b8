using Microsoft.Extensions.Logging;

namespace ChatBot.Llm;

/// <summary>Log lines of the model endpoint adapter. Never the key; bodies only at Trace (in Core).</summary>
internal static partial class LlmClientLog
{
    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "Model request {Operation} failed with status {Status}; retry {Attempt} in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string operation, int status, int attempt, double delayMs);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Warning, Message = "Model endpoint {Endpoint} unavailable for {Operation}: {Reason}")]
    public static partial void Unavailable(ILogger logger, string endpoint, string operation, string reason);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Information, Message = "Model endpoint rejected the structured (JSON schema) request; asking in plain text from now on")]
    public static partial void JsonFormatRejected(ILogger logger);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Debug, Message = "Model {Model} answered {Operation} in {ElapsedMs} ms ({InputTokens} in, {OutputTokens} out)")]
    public static partial void Completed(ILogger logger, string model, string operation, double elapsedMs, long? inputTokens, long? outputTokens);

    [LoggerMessage(EventId = 4205, Level = LogLevel.Warning, Message = "Model endpoint {Endpoint}: the {Operation} prompt did not fit the model's context: {Reason}")]
    public static partial void ContextOverflow(ILogger logger, string endpoint, string operation, string reason);

    [LoggerMessage(EventId = 4206, Level = LogLevel.Information, Message = "Model endpoint for {Operation} keeps failing; not asked again for {Seconds} s")]
    public static partial void CircuitOpened(ILogger logger, string operation, double seconds);
}
