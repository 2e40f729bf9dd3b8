using ChatBot.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ChatBot.Llm;

/// <summary>
/// The resilience pipeline (Microsoft.Extensions.Http.Resilience) of one model endpoint's HttpClient, outermost first:
/// a circuit breaker that counts whole requests, so an endpoint that keeps failing is left alone for a while and the
/// calls that follow fall back at once; an overall timeout, retries included; retries with exponential backoff and
/// jitter on 408, 429 and 5xx other than 501, waiting what Retry-After asks when it asks.
/// </summary>
/// <remarks>
/// The breaker sits outside the timeout and the retries (not inside, as in the standard handler) so that a stalled
/// endpoint reaches it as a <see cref="TimeoutRejectedException"/> it can count, and a request gets all its retries
/// before it counts as one failure.
/// </remarks>
public static class LlmResiliencePipeline
{
    /// <summary>How long an endpoint that keeps failing is left alone.</summary>
    public static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(30);

    /// <summary>Adds the strategies to <paramref name="builder"/>.</summary>
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, LlmOptions options, ILogger logger, string operation)
    {
        builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            // Polly's breaker needs at least two outcomes in its window; two failed requests of two open it.
            MinimumThroughput = 2,
            FailureRatio = 0.5,
            SamplingDuration = BreakDuration,
            BreakDuration = BreakDuration,
            ShouldHandle = args => ValueTask.FromResult(IsEndpointFailure(args.Outcome)),
            OnOpened = args =>
            {
                LlmClientLog.CircuitOpened(logger, operation, args.BreakDuration.TotalSeconds);
                return ValueTask.CompletedTask;
            },
        });
        builder.AddTimeout(options.Timeout);
        if (options.MaxRetries == 0) return;
        builder.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(500),
            MaxDelay = MaxRetryDelay,
            // The wait the endpoint asks for, when it asks (OpenAI's retry-after-ms, else Retry-After), no longer
            // than MaxDelay; else the backoff above.
            ShouldRetryAfterHeader = false,
            DelayGenerator = args => ValueTask.FromResult(RequestedWait(args.Outcome.Result) is { } wait ? (TimeSpan?)Min(wait, MaxRetryDelay) : null),
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { } response && TransientStatus.Is(response.StatusCode)),
            OnRetry = args =>
            {
                LlmClientLog.Retrying(logger, operation, (int)(args.Outcome.Result?.StatusCode ?? 0), args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds);
                args.Outcome.Result?.Dispose();
                return ValueTask.CompletedTask;
            },
        });
    }

    /// <summary>The longest wait between attempts, whatever the endpoint asks: the answer's whole timeout must not go on one wait.</summary>
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(10);

    /// <summary>How long the response asks the client to wait: retry-after-ms (OpenAI), or Retry-After in seconds or as a date.</summary>
    internal static TimeSpan? RequestedWait(HttpResponseMessage? response)
    {
        if (response is null) return null;
        if (response.Headers.TryGetValues("retry-after-ms", out var values)
            && double.TryParse(values.FirstOrDefault(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var millis) && millis >= 0)
        {
            return TimeSpan.FromMilliseconds(millis);
        }

        return response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } when date > DateTimeOffset.UtcNow => date - DateTimeOffset.UtcNow,
            _ => null,
        };
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    /// <summary>
    /// What says the endpoint cannot serve: no connection, no answer in time, server errors and rate limits that
    /// outlasted the retries, and rejections that will not mend within minutes (a wrong key, a forbidden or
    /// unknown model, a missing feature). A 400 about one request's shape or size is that request's problem.
    /// </summary>
    private static bool IsEndpointFailure(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException or TimeoutRejectedException
        || outcome.Result is { } response && (TransientStatus.Is(response.StatusCode) || (int)response.StatusCode is 401 or 403 or 404 or 501);
}
