using ChatBot.Core.Ingestion;
using ChatBot.Core.Ingestion.Pages;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Core.Tests.Ingestion.Pages;

public sealed class WebFetcherTests : IAsyncLifetime
{
    private LoopbackWebServer _server = null!;

    public static WebFetchOptions FastOptions => new() { Timeout = TimeSpan.FromSeconds(2), MaxBytes = 2 * 1024 * 1024, MaxRedirects = 3, UserAgent = "ChatBot-test/1.0 (news bot)" };

    public async Task InitializeAsync() => _server = await LoopbackWebServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private WebFetcher Fetcher() => new(new HttpClient(WebFetcher.CreateHandler()) { Timeout = Timeout.InfiniteTimeSpan }, FastOptions);

    private Task<FetchResponse> FetchPageAsync(string path, HttpValidators? validators = null) =>
        Fetcher().FetchAsync(_server.Url(path), validators, WebStoryLoader.IsHtml, "an HTML page");

    [Fact]
    public async Task Sends_a_user_agent_naming_the_bot_and_follows_a_redirect()
    {
        _server.MapRedirect("old", "/new");
        _server.MapText("new", "text/html; charset=utf-8", "<p>hello</p>");

        var response = await FetchPageAsync("old");

        Assert.Equal(_server.Url("new"), response.FinalUri);
        Assert.Equal("<p>hello</p>", response.Text());
        Assert.All(_server.Requests, r => Assert.Equal("ChatBot-test/1.0 (news bot)", r.UserAgent));
    }

    [Fact]
    public async Task A_missing_page_is_reported_with_its_status()
    {
        var e = await Assert.ThrowsAsync<StoryUnreadableException>(() => FetchPageAsync("missing"));
        Assert.Equal("HTTP 404 Not Found", e.Message);
    }

    [Fact]
    public async Task A_slow_page_times_out_with_a_reason()
    {
        _server.Map("slow", async context => await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted));

        var e = await Assert.ThrowsAsync<StoryUnreadableException>(() => FetchPageAsync("slow"));
        Assert.Equal("timed out after 2 s", e.Message);
    }

    [Fact]
    public async Task A_redirect_loop_is_named()
    {
        _server.MapRedirect("a", "/b");
        _server.MapRedirect("b", "/a");

        var e = await Assert.ThrowsAsync<StoryUnreadableException>(() => FetchPageAsync("a"));
        Assert.StartsWith("redirect loop: ", e.Message);
        Assert.Equal(2, _server.Requests.Count(r => r.Path is "/a" or "/b"));
    }

    [Fact]
    public async Task Too_many_redirects_are_refused()
    {
        for (var i = 0; i < 6; i++) _server.MapRedirect($"hop{i}", $"/hop{i + 1}");

        var e = await Assert.ThrowsAsync<StoryUnreadableException>(() => FetchPageAsync("hop0"));
        Assert.Equal("more than 3 redirects", e.Message);
    }

    [Fact]
    public async Task A_page_that_is_not_html_is_refused()
    {
        _server.MapText("report.pdf", "application/pdf", "%PDF-1.4");

        var e = await Assert.ThrowsAsync<StoryUnreadableException>(() => FetchPageAsync("report.pdf"));
        Assert.Equal("not an HTML page (Content-Type: application/pdf)", e.Message);
    }

    [Fact]
    public async Task A_page_over_the_size_cap_is_refused_even_without_a_length_header()
    {
        _server.Map("huge", async context =>
        {
            context.Response.ContentType = "text/html";
            // Chunked: no Content-Length, so the cap must be enforced while reading. Large writes, so a busy
            // machine sends the 2.1 MB well inside the fetch timeout.
            var block = new string('x', 64 * 1024);
            for (var i = 0; i < 34; i++) await context.Response.WriteAsync(block);
        });

        var e = await Assert.ThrowsAsync<StoryUnreadableException>(() => FetchPageAsync("huge"));
        Assert.Equal("larger than the 2 MB limit", e.Message);
    }

    [Fact]
    public async Task A_conditional_get_sends_the_etag_and_reads_a_304_as_not_modified()
    {
        _server.MapText("page", "text/html", "<p>hi</p>", etag: "\"v1\"");

        var first = await FetchPageAsync("page");
        var second = await FetchPageAsync("page", first.Validators);

        Assert.False(first.NotModified);
        Assert.Equal("\"v1\"", first.Validators.ETag);
        Assert.True(second.NotModified);
        Assert.Equal("\"v1\"", _server.Requests.Last().IfNoneMatch);
    }

    [Fact]
    public async Task Requests_to_one_host_go_one_at_a_time()
    {
        var inFlight = 0;
        var most = 0;
        _server.Map("busy", async context =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref most, now);
            await Task.Delay(50);
            Interlocked.Decrement(ref inFlight);
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<p>ok</p>");
        });
        var fetcher = Fetcher();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => fetcher.FetchAsync(_server.Url("busy"), null, WebStoryLoader.IsHtml, "an HTML page")));

        Assert.Equal(1, most);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
