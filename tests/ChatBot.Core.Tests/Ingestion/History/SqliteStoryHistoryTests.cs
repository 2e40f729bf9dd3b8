using ChatBot.Core.Chunking;
using ChatBot.Core.Index.Sqlite;
using ChatBot.Core.Ingestion.History;
using ChatBot.Core.Stories;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Core.Tests.Ingestion.History;

public sealed class SqliteStoryHistoryTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chatbot-history-" + Guid.NewGuid().ToString("N"));

    public SqliteStoryHistoryTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_story_updated_after_another_outlets_says_so()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 3, 8, 0, 0, TimeSpan.Zero));
        var database = Path.Combine(_folder, "index.db");
        var index = new SqliteStoryIndex(database, clock);
        await index.InitializeAsync();
        var chunker = new Chunker();
        async Task WriteAsync(string id, string text)
        {
            var story = new Story(id, "web", text, StoryMetadata.Empty, StoryHash.Compute(text, StoryMetadata.Empty));
            await index.UpsertStoryAsync(story, chunker.Chunk(story));
        }

        await WriteAsync("a", "First version of story A about the flood.");
        await WriteAsync("b", "Story B about the flood, never changed.");
        clock.Advance(TimeSpan.FromHours(3));
        await WriteAsync("a", "Second version of story A: the water receded.");
        clock.Advance(TimeSpan.FromHours(1));
        await WriteAsync("a", "Second version of story A: the water receded.");

        var histories = await new SqliteStoryHistory(database).GetManyAsync(["a", "b", "unknown"]);

        var a = histories["a"];
        Assert.Equal(2, a.Versions.Count);
        Assert.Equal(new DateTimeOffset(2026, 5, 3, 8, 0, 0, TimeSpan.Zero), a.FirstSeen);
        Assert.Equal(new DateTimeOffset(2026, 5, 3, 11, 0, 0, TimeSpan.Zero), a.LastChanged);
        Assert.True(a.UpdatedAfter(histories["b"]));
        Assert.False(histories["b"].WasUpdated);
        Assert.False(histories.ContainsKey("unknown"));
    }
}
