using ChatBot.Core.Chunking;
using ChatBot.Core.Index;
using ChatBot.Core.Index.Sqlite;
using ChatBot.Core.Ingestion;
using ChatBot.Core.Tests.Support;
using ChatBot.Core.Text;

namespace ChatBot.Core.Tests.Ingestion;

public class StoryIndexerTests
{
    private static async Task<(IndexingSummary Summary, CountingIndex Index)> IndexAsync(TempFolder folder)
    {
        var index = new CountingIndex(new SqliteStoryIndex(folder.File("index.db")));
        var source = new FolderStorySource("news", folder.File("stories"), new IngestionOptions());
        var summary = await new StoryIndexer(index, new Chunker()).IndexAsync(source);
        return (summary, index);
    }

    [Fact]
    public async Task Reindex_adds_new_replaces_changed_and_deletes_removed_stories()
    {
        using var folder = new TempFolder();
        folder.Write("stories/a.txt", "Bridge reopens after repairs\n\nThe bridge reopened on Monday after 6,500 hours of work.");
        folder.Write("stories/b.txt", "Mayor resigns\n\nThe mayor resigned on Friday.");
        var (first, _) = await IndexAsync(folder);
        Assert.Equal((2, 0, 0, 0), (first.Added, first.Updated, first.Removed, first.Unchanged));

        folder.Write("stories/a.txt", "Bridge reopens after repairs\n\nThe bridge reopened on Tuesday after 7,000 hours of work.");
        File.Delete(folder.File("stories/b.txt"));
        folder.Write("stories/c.txt", "New park opens\n\nA new park opened downtown.");
        var (second, index) = await IndexAsync(folder);
        Assert.Equal((1, 1, 1, 0), (second.Added, second.Updated, second.Removed, second.Unchanged));

        var stories = await index.ListStoriesAsync();
        Assert.Equal(["a.txt", "c.txt"], stories.Select(s => s.StoryId));
        var hits = await index.SearchAsync(new IndexQuery(Tokenizer.DistinctTerms("bridge hours")));
        Assert.All(hits, h => Assert.DoesNotContain("6,500", h.Chunk.Text));
        Assert.Single(hits.Select(h => h.Chunk.Id).Distinct());
    }

    [Fact]
    public async Task Reindexing_an_unchanged_folder_writes_nothing()
    {
        using var folder = new TempFolder();
        folder.Write("stories/a.txt", "Bridge reopens\n\nThe bridge reopened on Monday.");
        folder.Write("stories/b.txt", "Mayor resigns\n\nThe mayor resigned on Friday.");
        await IndexAsync(folder);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // closing the last connection checkpoints the WAL
        var databaseBefore = await File.ReadAllBytesAsync(folder.File("index.db"));

        var (summary, index) = await IndexAsync(folder);

        Assert.Equal(2, summary.Unchanged);
        Assert.Equal(0, index.Upserts);
        Assert.Equal(0, index.Deletes);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.Equal(databaseBefore, await File.ReadAllBytesAsync(folder.File("index.db")));
    }

    [Fact]
    public async Task A_story_that_becomes_unreadable_keeps_its_indexed_version()
    {
        using var folder = new TempFolder();
        folder.Write("stories/a.txt", "Bridge reopens\n\nThe bridge reopened on Monday.");
        await IndexAsync(folder);
        File.WriteAllBytes(folder.File("stories/a.txt"), [0xFF, 0xFE, 0x00, 0x41]);

        var (summary, index) = await IndexAsync(folder);

        Assert.Single(summary.Failures);
        Assert.Equal(0, summary.Removed);
        Assert.Single(await index.ListStoriesAsync());
    }

    [Fact]
    public async Task Reindexing_the_same_story_never_duplicates_chunks()
    {
        using var folder = new TempFolder();
        var sentence = "The committee met again to discuss the harbour expansion plan in detail. ";
        folder.Write("stories/long.txt", "Harbour plan\n\n" + string.Concat(Enumerable.Repeat(sentence, 40)));
        await IndexAsync(folder);
        folder.Write("stories/long.txt", "Harbour plan revised\n\n" + string.Concat(Enumerable.Repeat(sentence, 20)));
        var (_, index) = await IndexAsync(folder);

        var listing = Assert.Single(await index.ListStoriesAsync());
        var expected = new Chunker().Chunk((await index.GetStoryAsync("long.txt"))!).Count;
        Assert.Equal(expected, listing.ChunkCount);
    }
}
