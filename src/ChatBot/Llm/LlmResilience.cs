using System.ClientModel;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace ChatBot.Llm;

/// <summary>
/// The resilience pipeline every model request runs in: an overall timeout (retries included), and inside it
/// retries with exponential backoff and jitter on 408, 429 and 5xx other than 501, waiting what Retry-After asks when it asks.
/// </summary>
public static class LlmResilience
{
    /// <summary>The longest Retry-After honoured; the overall timeout still bounds it.</summary>
    public static readonly TimeSpan MaxHonouredWait = TimeSpan.FromSeconds(30);

    /// <summary>Builds the pipeline.</summary>
    public static ResiliencePipeline Create(LlmOptions options, TimeProvider time, ILogger logger, string operation)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = time };
        builder.AddTimeout(options.Timeout);
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(500),
                MaxDelay = TimeSpan.FromSeconds(10),
                ShouldHandle = new PredicateBuilder().Handle<ClientResultException>(IsTransient),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Exception is ClientResultException e ? RetryAfter.From(e, time.GetUtcNow()) is { } wait ? Min(wait, MaxHonouredWait) : (TimeSpan?)null : null),
                OnRetry = args =>
                {
                    var status = (args.Outcome.Exception as ClientResultException)?.Status ?? 0;
                    LlmClientLog.Retrying(logger, operation, status, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds);
                    return ValueTask.CompletedTask;
                },
            });
        }

        return builder.Build();
    }

    /// <summary>
    /// Timeouts, rate limits and server errors are worth another try; 501 (llama.cpp without --embeddings) says
    /// the feature is not there and never will be within this request, and other 4xx, and transport failures
    /// (status 0), are not transient either.
    /// </summary>
    public static bool IsTransient(ClientResultException exception) => exception.Status is 408 or 429 or (>= 500 and not 501);

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
