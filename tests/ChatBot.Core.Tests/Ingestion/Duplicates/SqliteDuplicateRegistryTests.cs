using ChatBot.Core.Chunking;
using ChatBot.Core.Index.Sqlite;
using ChatBot.Core.Ingestion.Duplicates;
using ChatBot.Core.Stories;
using Microsoft.Data.Sqlite;

namespace ChatBot.Core.Tests.Ingestion.Duplicates;

public sealed class SqliteDuplicateRegistryTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chatbot-dup-" + Guid.NewGuid().ToString("N"));

    public SqliteDuplicateRegistryTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Copies_across_outlets_are_recorded_as_one_origin_and_counted_once()
    {
        var database = Path.Combine(_folder, "index.db");
        var index = new SqliteStoryIndex(database);
        await index.InitializeAsync();
        var chunker = new Chunker();
        foreach (var (id, outlet, text, day) in new[]
        {
            ("https://wire.example/budget", "Wire", DuplicateDetectorTests.WireStory, 3),
            ("https://herald.example/budget", "Valley Herald", DuplicateDetectorTests.SyndicatedCopy, 4),
            ("https://gazette.example/budget", "Gazette", DuplicateDetectorTests.IndependentReport, 3),
        })
        {
            var metadata = new StoryMetadata(Title: "Budget", Outlet: outlet, Url: id, Published: new DateTimeOffset(2026, 5, day, 9, 0, 0, TimeSpan.Zero));
            var story = new Story(id, "web", text, metadata, StoryHash.Compute(text, metadata));
            await index.UpsertStoryAsync(story, chunker.Chunk(story));
        }

        await new SqliteDuplicateRegistry(index, database).RefreshAsync();
        // A fresh registry reads what the refresh recorded, as another process would.
        var registry = new SqliteDuplicateRegistry(index, database);

        Assert.Equal("https://wire.example/budget", await registry.OriginOfAsync("https://herald.example/budget"));
        Assert.True(await registry.AreCopiesAsync("https://herald.example/budget", "https://wire.example/budget"));
        Assert.False(await registry.AreCopiesAsync("https://gazette.example/budget", "https://wire.example/budget"));
        var count = await registry.CountAsync(["https://wire.example/budget", "https://herald.example/budget", "https://gazette.example/budget"]);
        Assert.Equal("3 reports, 2 independent", count.ToString());

        await index.DeleteStoryAsync("https://wire.example/budget");
        await registry.RefreshAsync();
        Assert.Equal("https://herald.example/budget", await registry.OriginOfAsync("https://herald.example/budget"));
        Assert.Equal("2 reports", (await registry.CountAsync(["https://herald.example/budget", "https://gazette.example/budget"])).ToString());
    }
}
