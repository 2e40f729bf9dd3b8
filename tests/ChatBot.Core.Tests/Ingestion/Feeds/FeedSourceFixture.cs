using ChatBot.Core.Chunking;
using ChatBot.Core.Index.Sqlite;
using ChatBot.Core.Ingestion;
using ChatBot.Core.Ingestion.Feeds;
using ChatBot.Core.Ingestion.Pages;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;

namespace ChatBot.Core.Tests.Ingestion.Feeds;

/// <summary>A loopback server, a real SQLite index in a temp folder, and the feed source wired as the app wires it.</summary>
internal sealed class FeedSourceFixture : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chatbot-feed-" + Guid.NewGuid().ToString("N"));
    private readonly WebFetcher _fetcher;

    private FeedSourceFixture(LoopbackWebServer server)
    {
        Server = server;
        Directory.CreateDirectory(_folder);
        DatabasePath = Path.Combine(_folder, "index.db");
        Index = new SqliteStoryIndex(DatabasePath);
        Indexer = new StoryIndexer(Index, new Chunker());
        State = new SqliteFeedStateStore(DatabasePath);
        _fetcher = new WebFetcher(new HttpClient(WebFetcher.CreateHandler()) { Timeout = Timeout.InfiniteTimeSpan }, Pages.WebFetcherTests.FastOptions);
    }

    public LoopbackWebServer Server { get; }

    public string DatabasePath { get; }

    public SqliteStoryIndex Index { get; }

    public StoryIndexer Indexer { get; }

    public SqliteFeedStateStore State { get; }

    public static async Task<FeedSourceFixture> StartAsync() => new(await LoopbackWebServer.StartAsync());

    /// <summary>A new source object per run, as the worker's source factory makes one.</summary>
    public FeedStorySource Source(string path = "feed.xml", TimeProvider? time = null) =>
        new("loopback", Server.Url(path), _fetcher, new WebStoryLoader(_fetcher), State, Index, itemRefresh: TimeSpan.FromHours(1), timeProvider: time);

    /// <summary>Serves a news page whose canonical URL is its own address.</summary>
    public string MapStory(string path, int number, string update = "")
    {
        var url = Server.Url(path).ToString();
        Server.MapText(path, "text/html; charset=utf-8", $"""
            <html><head><title>Story {number}</title><link rel="canonical" href="{url}">
            <meta property="og:site_name" content="Loopback News"></head>
            <body><nav>Home</nav><article><h1>Story number {number}</h1>
            <p>Officials confirmed that {number} households in district {number % 17} received the new water meters this week.</p>
            <p>The programme, which began in {2000 + number % 25}, is expected to reach every street by next spring.{update}</p>
            </article></body></html>
            """);
        return url;
    }

    /// <summary>Every story row as (id, content hash, last changed), to show a run wrote nothing.</summary>
    public async Task<IReadOnlyList<string>> SnapshotAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id || ' ' || content_hash || ' ' || last_changed FROM stories UNION ALL SELECT 'v ' || story_id || ' ' || content_hash FROM story_versions ORDER BY 1";
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Ten pages broken in ten different ways, with the reason each must be reported with.</summary>
    public IReadOnlyList<(string Path, string Reason)> MapBrokenPages()
    {
        Server.Map("broken/error", context =>
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return Task.CompletedTask;
        });
        Server.Map("broken/slow", async context => await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted));
        Server.MapRedirect("broken/loop-a", "/broken/loop-b");
        Server.MapRedirect("broken/loop-b", "/broken/loop-a");
        for (var i = 0; i < 6; i++) Server.MapRedirect($"broken/hop{i}", $"/broken/hop{i + 1}");
        Server.MapText("broken/report.pdf", "application/pdf", "%PDF-1.4 not a page");
        Server.Map("broken/huge", async context =>
        {
            context.Response.ContentType = "text/html";
            for (var i = 0; i < 2100; i++) await context.Response.WriteAsync("<p>" + new string('x', 1017) + "</p>");
        });
        Server.MapText("broken/empty", "text/html", "<html><head><title></title></head><body><div><script>render()</script></div></body></html>");
        var noise = new byte[4000];
        new Random(42).NextBytes(noise);
        Server.Map("broken/garbage", async context =>
        {
            context.Response.ContentType = "text/html";
            await context.Response.Body.WriteAsync(noise);
        });
        Server.Map("broken/reset", context =>
        {
            context.Abort();
            return Task.CompletedTask;
        });

        return
        [
            ("broken/missing", "HTTP 404 Not Found"),
            ("broken/error", "HTTP 500 Internal Server Error"),
            ("broken/slow", "timed out after 2 s"),
            ("broken/loop-a", "redirect loop: "),
            ("broken/hop0", "more than 3 redirects"),
            ("broken/report.pdf", "not an HTML page (Content-Type: application/pdf)"),
            ("broken/huge", "larger than the 2 MB limit"),
            ("broken/empty", "no article text found on the page"),
            ("broken/garbage", "no article text found on the page"),
            ("broken/reset", "could not be fetched: "),
        ];
    }
}
