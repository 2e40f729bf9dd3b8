using ChatBot.Core.Chunking;
using ChatBot.Core.Index.Sqlite;
using ChatBot.Core.Ingestion;
using ChatBot.Core.Ingestion.Pages;
using Microsoft.Data.Sqlite;

namespace ChatBot.Core.Tests.Ingestion.Pages;

public sealed class PageStorySourceTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chatbot-page-" + Guid.NewGuid().ToString("N"));
    private LoopbackWebServer _server = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _server = await LoopbackWebServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_page_is_indexed_under_its_canonical_url_and_a_later_failed_fetch_keeps_it()
    {
        var canonical = _server.Url("news/budget").ToString();
        _server.MapText("news/budget", "text/html", $"""
            <html><head><link rel="canonical" href="/news/budget"><title>Budget passes</title></head>
            <body><main><p>The council approved the budget of 4.5 million on Tuesday evening after a long debate.</p></main></body></html>
            """);
        _server.MapRedirect("short/b", "/news/budget?utm=x");
        var fetcher = new WebFetcher(new HttpClient(WebFetcher.CreateHandler()), WebFetcherTests.FastOptions);
        var index = new SqliteStoryIndex(Path.Combine(_folder, "index.db"));
        var indexer = new StoryIndexer(index, new Chunker());
        var source = new PageStorySource("budget", _server.Url("short/b"), new WebStoryLoader(fetcher), outlet: "Town Gazette");

        var first = await indexer.IndexAsync(source);
        _server.Map("news/budget", context =>
        {
            context.Response.StatusCode = 503;
            return Task.CompletedTask;
        });
        var second = await indexer.IndexAsync(source);

        Assert.Equal(1, first.Added);
        Assert.Equal("HTTP 503 Service Unavailable", Assert.Single(second.Failures).Reason);
        Assert.Equal(0, second.Removed);
        var story = await index.GetStoryAsync(canonical);
        Assert.NotNull(story);
        Assert.Equal("Town Gazette", story.Metadata.Outlet);
        Assert.Equal("Budget passes", story.Metadata.Title);
        Assert.Contains("approved the budget of 4.5 million", story.Text);
    }
}
