using ChatBot.Core.Ingestion.Pages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.CircuitBreaker;
using Polly.Fallback;

namespace ChatBot.Hosting;

/// <summary>
/// The HttpClient feeds and pages are fetched with, with a resilience pipeline per host (Microsoft.Extensions.Http.Resilience),
/// outermost first: an open circuit read as a fetch failure; a circuit breaker, so the items of a host that keeps
/// failing are skipped at once for a while instead of each waiting out its timeout; retries with backoff on 408,
/// 429 and 5xx other than 501, waiting what Retry-After asks.
/// </summary>
/// <remarks>
/// The timeout stays <see cref="WebFetcher"/>'s: it covers the redirects and the body as well as the exchange the
/// pipeline sees, and bounds the retries. So a timeout reaches the breaker as a cancellation, and is counted as one;
/// a cancellation at shutdown is counted too, which no longer matters then.
/// </remarks>
internal static class WebHttpClient
{
    public const string Name = "ChatBot.Web";

    /// <summary>How long a host that keeps failing is left alone.</summary>
    private static readonly TimeSpan BreakDuration = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddWebHttpClient(this IServiceCollection services)
    {
        services.AddHttpClient(Name, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(WebFetcher.CreateHandler)
            // The factory's request logging writes full URLs, and a private feed's URL may carry its token.
            .RemoveAllLoggers()
            .AddResilienceHandler(Name, Configure)
            .SelectPipelineByAuthority();
        return services;
    }

    private static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder)
    {
        builder.AddFallback(new FallbackStrategyOptions<HttpResponseMessage>
        {
            // WebFetcher reports an HttpRequestException as "could not be fetched: <message>".
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is BrokenCircuitException),
            FallbackAction = _ => Outcome.FromExceptionAsValueTask<HttpResponseMessage>(
                new HttpRequestException($"the host failed repeatedly and is left alone for {BreakDuration.TotalMinutes:0} min")),
        });
        builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            MinimumThroughput = 2,
            FailureRatio = 0.5,
            SamplingDuration = BreakDuration,
            BreakDuration = BreakDuration,
            ShouldHandle = args => ValueTask.FromResult(
                args.Outcome.Exception is HttpRequestException or OperationCanceledException
                || args.Outcome.Result is { } response && TransientStatus.Is(response.StatusCode)),
        });
        builder.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = 2,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromSeconds(1),
            ShouldRetryAfterHeader = true,
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { } response && TransientStatus.Is(response.StatusCode)),
            OnRetry = args =>
            {
                args.Outcome.Result?.Dispose();
                return ValueTask.CompletedTask;
            },
        });
    }
}
