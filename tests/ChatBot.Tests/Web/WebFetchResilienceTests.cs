using ChatBot.Core.Ingestion;
using ChatBot.Core.Ingestion.Pages;
using ChatBot.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Tests.Web;

/// <summary>The web fetcher as the host builds it: retries what is transient, and leaves a failing host alone.</summary>
public sealed class WebFetchResilienceTests : IAsyncLifetime
{
    private LoopbackWebServer _server = null!;
    private IHost _host = null!;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chatbot-web-test-" + Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        _server = await LoopbackWebServer.StartAsync();
        _host = ChatBotHost.CreateBuilder(new Dictionary<string, string?>
        {
            ["ChatBot:Index:SqlitePath"] = Path.Combine(_folder, "index.db"),
            ["ChatBot:Web:Timeout"] = "00:00:05",
        }).Build();
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _server.DisposeAsync();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private Task<FetchResponse> FetchAsync(string path) =>
        _host.Services.GetRequiredService<WebFetcher>().FetchAsync(_server.Url(path), null, WebStoryLoader.IsHtml, "an HTML page");

    [Fact]
    public async Task A_page_answering_503_with_retry_after_is_fetched_again_and_read()
    {
        var calls = 0;
        _server.Map("busy", async context =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = "0";
                return;
            }

            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<p>back</p>");
        });

        var response = await FetchAsync("busy");

        Assert.Equal("<p>back</p>", response.Text());
        Assert.Equal(2, _server.RequestsFor("busy").Count);
    }

    [Fact]
    public async Task A_404_or_501_is_not_asked_again()
    {
        _server.Map("gone", context =>
        {
            context.Response.StatusCode = StatusCodes.Status501NotImplemented;
            return Task.CompletedTask;
        });

        var missing = await Assert.ThrowsAsync<StoryUnreadableException>(() => FetchAsync("missing"));
        var gone = await Assert.ThrowsAsync<StoryUnreadableException>(() => FetchAsync("gone"));

        Assert.Equal("HTTP 404 Not Found", missing.Message);
        Assert.Equal("HTTP 501 Not Implemented", gone.Message);
        Assert.Single(_server.RequestsFor("missing"));
        Assert.Single(_server.RequestsFor("gone"));
    }

    [Fact]
    public async Task A_host_that_keeps_failing_is_left_alone_and_says_so()
    {
        _server.Map("down", context =>
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            context.Response.Headers.RetryAfter = "0";
            return Task.CompletedTask;
        });
        _server.MapText("fine", "text/html", "<p>fine</p>");
        await Assert.ThrowsAsync<StoryUnreadableException>(() => FetchAsync("down"));
        await Assert.ThrowsAsync<StoryUnreadableException>(() => FetchAsync("down"));
        var asked = _server.Requests.Count;

        var skipped = await Assert.ThrowsAsync<StoryUnreadableException>(() => FetchAsync("fine"));

        // Two fetches of three tries each (two retries), then the circuit of this host is open.
        Assert.Equal(6, asked);
        Assert.Equal(asked, _server.Requests.Count);
        Assert.StartsWith("could not be fetched: the host failed repeatedly", skipped.Message, StringComparison.Ordinal);
    }
}
