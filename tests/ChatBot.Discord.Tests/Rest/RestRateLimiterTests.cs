using ChatBot.Discord.Rest;
using ChatBot.Discord.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatBot.Discord.Tests.Rest;

public sealed class RestRateLimiterTests
{
    [Fact]
    public async Task An_exhausted_bucket_waits_for_its_reset_before_the_next_request()
    {
        var time = new TimerWatchingTimeProvider();
        var handler = new HeaderHandler(remaining: 0, resetAfter: "2.5");
        using var http = new HttpClient(handler) { BaseAddress = new Uri("http://discord.test/api/v10/") };
        var limiter = new RestRateLimiter(time, NullLogger<RestRateLimiter>.Instance);
        var route = RestRoute.Create(HttpMethod.Post, "/channels/{channel}/messages", "1", "channels/1/messages");

        (await limiter.SendAsync(http, route, () => new HttpRequestMessage(HttpMethod.Post, route.Path))).Dispose();
        var second = limiter.SendAsync(http, route, () => new HttpRequestMessage(HttpMethod.Post, route.Path));
        await time.WaitForTimerDueAtAsync(time.Start.AddSeconds(2.5), RequestRecorder<int>.DefaultTimeout);

        Assert.False(second.IsCompleted);
        Assert.Equal(1, handler.Calls);
        time.Advance(TimeSpan.FromSeconds(2.5));
        (await second).Dispose();
        Assert.Equal(2, handler.Calls);
    }

    private sealed class HeaderHandler(int remaining, string resetAfter) : HttpMessageHandler
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            var response = new HttpResponseMessage(System.Net.HttpStatusCode.OK);
            response.Headers.Add("X-RateLimit-Limit", "5");
            response.Headers.Add("X-RateLimit-Remaining", remaining.ToString(System.Globalization.CultureInfo.InvariantCulture));
            response.Headers.Add("X-RateLimit-Reset-After", resetAfter);
            response.Headers.Add("X-RateLimit-Bucket", "abcd1234");
            return Task.FromResult(response);
        }
    }
}
