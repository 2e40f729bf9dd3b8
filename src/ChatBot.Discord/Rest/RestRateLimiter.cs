using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Rest;

/// <summary>
/// Sends requests within Discord's rate limits: per-route buckets learnt from the X-RateLimit-* headers,
/// the global limit, and 429 answers honoured by waiting <c>retry_after</c> and sending again. A request
/// is never dropped: it waits and retries until it gets a non-429 answer or is cancelled.
/// </summary>
internal sealed class RestRateLimiter(TimeProvider time, ILogger<RestRateLimiter> logger)
{
    private const int MaxTransientRetries = 3;
    private const int PruneEvery = 500;

    /// <summary>Interaction and webhook buckets are per token, so there is one per answer: forget idle ones.</summary>
    private static readonly TimeSpan IdleBucketLifetime = TimeSpan.FromMinutes(20);

    private readonly ConcurrentDictionary<string, string> _bucketOfRoute = new();
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new();
    private readonly Lock _globalLock = new();
    private DateTimeOffset _globalResetAt;
    private int _requestsSincePrune;

    public async Task<HttpResponseMessage> SendAsync(
        HttpClient http, RestRoute route, Func<HttpRequestMessage> createRequest, CancellationToken cancellationToken = default)
    {
        var transientFailures = 0;
        while (true)
        {
            var bucket = BucketFor(route);
            HttpResponseMessage response;
            await bucket.Gate.WaitAsync(cancellationToken);
            try
            {
                await WaitForBucketAsync(bucket, cancellationToken);
                await WaitForGlobalAsync(cancellationToken);
                using var request = createRequest();
                response = await http.SendAsync(request, cancellationToken);
                Learn(route, bucket, response);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    // Still inside the bucket's gate, so the next request in it sees the wait.
                    await HandleTooManyRequestsAsync(route, bucket, response, cancellationToken);
                    continue;
                }
            }
            finally
            {
                bucket.Gate.Release();
            }

            if (IsTransient(response.StatusCode) && transientFailures++ < MaxTransientRetries)
            {
                RestLog.TransientFailure(logger, route.Key, (int)response.StatusCode);
                response.Dispose();
                await Task.Delay(TimeSpan.FromMilliseconds(250 * transientFailures), time, cancellationToken);
                continue;
            }

            return response;
        }
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private RateLimitBucket BucketFor(RestRoute route)
    {
        if (Interlocked.Increment(ref _requestsSincePrune) % PruneEvery == 0)
        {
            PruneIdleBuckets();
        }

        var name = _bucketOfRoute.TryGetValue(route.Key, out var hash) ? hash : route.Key;
        var bucket = _buckets.GetOrAdd(name + "|" + route.Major, _ => new RateLimitBucket());
        bucket.LastUsed = time.GetUtcNow();
        return bucket;
    }

    private void PruneIdleBuckets()
    {
        var now = time.GetUtcNow();
        foreach (var (key, bucket) in _buckets)
        {
            if (now - bucket.LastUsed > IdleBucketLifetime && bucket.ResetAt < now && bucket.Gate.CurrentCount == 1)
            {
                _buckets.TryRemove(key, out _);
            }
        }
    }

    private async Task WaitForBucketAsync(RateLimitBucket bucket, CancellationToken cancellationToken)
    {
        if (bucket.Remaining is 0)
        {
            var wait = bucket.ResetAt - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            bucket.Remaining = null;
        }
    }

    private async Task WaitForGlobalAsync(CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (_globalLock)
        {
            wait = _globalResetAt - time.GetUtcNow();
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    private void Learn(RestRoute route, RateLimitBucket bucket, HttpResponseMessage response)
    {
        var headers = response.Headers;
        if (Header(headers, "X-RateLimit-Bucket") is { } hash)
        {
            var name = _bucketOfRoute.GetOrAdd(route.Key, hash);
            _buckets.TryAdd(name + "|" + route.Major, bucket);
        }

        if (int.TryParse(Header(headers, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining))
        {
            bucket.Remaining = remaining;
        }

        if (double.TryParse(Header(headers, "X-RateLimit-Reset-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var resetAfter))
        {
            bucket.ResetAt = time.GetUtcNow() + TimeSpan.FromSeconds(resetAfter);
        }
    }

    private async Task HandleTooManyRequestsAsync(
        RestRoute route, RateLimitBucket bucket, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using (response)
        {
            var (retryAfter, globalInBody) = await ReadRetryAfterAsync(response, cancellationToken);
            var global = globalInBody || string.Equals(Header(response.Headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase);
            var until = time.GetUtcNow() + retryAfter;
            if (global)
            {
                lock (_globalLock)
                {
                    _globalResetAt = until > _globalResetAt ? until : _globalResetAt;
                }
            }
            else
            {
                bucket.Remaining = 0;
                bucket.ResetAt = until;
            }

            RestLog.RateLimited(logger, route.Key, retryAfter.TotalSeconds, global);
        }
    }

    private static async Task<(TimeSpan RetryAfter, bool Global)> ReadRetryAfterAsync(
        HttpResponseMessage response, CancellationToken cancellationToken)
    {
        double seconds = 1;
        var global = false;
        try
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.TryGetProperty("retry_after", out var retry) && retry.TryGetDouble(out var value))
            {
                seconds = value;
            }

            global = json.RootElement.TryGetProperty("global", out var g) && g.ValueKind == JsonValueKind.True;
        }
        catch (JsonException)
        {
            // Not every 429 has a JSON body (e.g. one from a proxy); Retry-After then says how long.
            if (response.Headers.RetryAfter?.Delta is { } delta)
            {
                seconds = delta.TotalSeconds;
            }
        }

        return (TimeSpan.FromSeconds(Math.Max(0, seconds)), global);
    }

    private static string? Header(System.Net.Http.Headers.HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
