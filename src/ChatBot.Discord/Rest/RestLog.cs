using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Rest;

internal static partial class RestLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Warning, Message = "Discord rate limited {Route}; retrying in {RetryAfterSeconds} s (global: {Global})")]
    public static partial void RateLimited(ILogger logger, string route, double retryAfterSeconds, bool global);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Discord answered {Status} to {Route}; retrying")]
    public static partial void TransientFailure(ILogger logger, string route, int status);
}
