using ChatBot.Core.Chunking;
using ChatBot.Core.Index;
using ChatBot.Core.Index.Sqlite;
using ChatBot.Core.Stories;
using ChatBot.Core.Tests.Support;
using ChatBot.Core.Text;

namespace ChatBot.Core.Tests.Index;

public class SqliteConcurrencyTests
{
    [Fact]
    public async Task A_reader_during_indexing_sees_each_story_whole_old_or_new()
    {
        using var folder = new TempFolder();
        var index = new SqliteStoryIndex(folder.File("index.db"));
        await index.InitializeAsync();
        var chunker = new Chunker();
        Story Version(int v)
        {
            var text = string.Concat(Enumerable.Range(0, 30).Select(i => $"Version{v} paragraph {i} says the harbour plan changed again today. "));
            var metadata = new StoryMetadata(Title: $"v{v}");
            return new Story("harbour.txt", "news", text, metadata, StoryHash.Compute(text, metadata));
        }

        await index.UpsertStoryAsync(Version(0), chunker.Chunk(Version(0)));
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            for (var v = 1; v <= 30; v++)
            {
                var story = Version(v);
                await index.UpsertStoryAsync(story, chunker.Chunk(story));
            }

            stop.Cancel();
        });

        var reads = 0;
        while (!stop.IsCancellationRequested || reads == 0)
        {
            var hits = await index.SearchAsync(new IndexQuery(Tokenizer.DistinctTerms("harbour plan"), Limit: 100));
            var versions = hits.Select(h => h.Chunk.Text.Split(' ')[0]).Distinct().ToList();
            Assert.Single(versions);
            var story = await index.GetStoryAsync("harbour.txt");
            Assert.NotNull(story);
            reads++;
        }

        await writer;
        Assert.True(reads > 0);
    }

    [Fact]
    public async Task A_database_of_an_older_schema_version_is_rebuilt()
    {
        using var folder = new TempFolder();
        var path = folder.File("index.db");
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO meta VALUES('schema_version', '0'); CREATE TABLE stories(id TEXT);";
            await command.ExecuteNonQueryAsync();
        }

        var index = new SqliteStoryIndex(path);
        await index.InitializeAsync();
        Assert.Empty(await index.ListStoriesAsync());
    }

    [Fact]
    public async Task An_index_of_schema_1_without_stored_sentences_is_rebuilt_and_its_chunks_then_carry_them()
    {
        using var folder = new TempFolder();
        var path = folder.File("index.db");
        var (story, chunks) = TestStories.Harbor();
        var index = new SqliteStoryIndex(path);
        await index.InitializeAsync();
        await index.UpsertStoryAsync(story, chunks);
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            // What schema 1 was: the same tables, chunks without their sentences.
            await connection.OpenAsync();
            var command = connection.CreateCommand();
            command.CommandText = "ALTER TABLE chunks DROP COLUMN sentences; UPDATE meta SET value = '1' WHERE key = 'schema_version';";
            await command.ExecuteNonQueryAsync();
        }

        var reopened = new SqliteStoryIndex(path);
        await reopened.InitializeAsync();
        Assert.Empty(await reopened.ListStoriesAsync());
        await reopened.UpsertStoryAsync(story, chunks);
        var hit = Assert.Single(await reopened.SearchAsync(new IndexQuery(["rivet"], 5)));
        Assert.Equal(PassageSentences.Of(hit.Chunk.Text).Select(s => s.Span), hit.Sentences.Select(s => s.Span));
    }
}
