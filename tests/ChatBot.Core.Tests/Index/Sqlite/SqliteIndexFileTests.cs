using System.Security.Cryptography;
using ChatBot.Core.Chunking;
using ChatBot.Core.Index;
using ChatBot.Core.Index.Sqlite;
using ChatBot.Core.Ingestion;
using ChatBot.Core.Tests.Support;
using Microsoft.Data.Sqlite;

namespace ChatBot.Core.Tests.Index.Sqlite;

/// <summary>Opening the embedded index: a file it cannot use is refused with a sentence and never changed.</summary>
public class SqliteIndexFileTests
{
    [Fact]
    public async Task A_file_locked_by_another_writer_is_reported_as_locked_and_transient()
    {
        using var folder = new TempFolder();
        var path = folder.File("index.db");
        await new SqliteStoryIndex(path).InitializeAsync();
        await using var other = new SqliteConnection($"Data Source={path};Pooling=False");
        await other.OpenAsync();
        await using (var begin = other.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync();
        }

        var index = new SqliteStoryIndex(path, busyTimeout: TimeSpan.FromSeconds(1));
        var e = await Assert.ThrowsAsync<IndexFileException>(() => index.InitializeAsync());

        Assert.Equal($"The index file {path} is locked by another process (an index or serve still writing?): wait for it to finish and try again.", e.Message);
        Assert.True(e.IsTransient);
    }

    [Fact]
    public async Task Read_only_access_refuses_an_older_schema_instead_of_rebuilding_it()
    {
        using var folder = new TempFolder();
        var path = folder.File("index.db");
        await IndexOneStoryAsync(path);
        await ExecuteAsync(path, "UPDATE meta SET value = '0' WHERE key = 'schema_version'; PRAGMA wal_checkpoint(TRUNCATE);");
        var before = Hash(path);

        var e = await Assert.ThrowsAsync<IndexFileException>(() => new SqliteStoryIndex(path, access: IndexAccess.ReadOnly).InitializeAsync());

        Assert.Contains("was written by an older ChatBot (schema 0), and this command only reads it: run index to build it.", e.Message);
        Assert.Equal(before, Hash(path));
    }

    [Fact]
    public async Task Read_only_access_reads_the_stories_and_refuses_to_write()
    {
        using var folder = new TempFolder();
        var path = folder.File("index.db");
        await IndexOneStoryAsync(path);
        var before = Hash(path);

        var index = new SqliteStoryIndex(path, access: IndexAccess.ReadOnly);
        await index.InitializeAsync();
        var stories = await index.ListStoriesAsync();
        var e = await Assert.ThrowsAnyAsync<Exception>(() => index.DeleteStoryAsync(stories[0].StoryId));

        Assert.Single(stories);
        Assert.Contains("readonly", e.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, Hash(path));
    }

    [Fact]
    public async Task A_store_opened_read_only_on_a_file_without_its_tables_reads_nothing_and_writes_nothing()
    {
        using var folder = new TempFolder();
        var path = folder.File("index.db");
        await IndexOneStoryAsync(path);
        var before = Hash(path);
        var tables = new SqliteTableStore(path, "CREATE TABLE IF NOT EXISTS notes(id TEXT PRIMARY KEY, body TEXT);", IndexAccess.ReadOnly);

        await using var connection = await tables.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM notes";

        Assert.Equal(0L, await command.ExecuteScalarAsync());
        Assert.Equal(before, Hash(path));
        await using var check = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        await check.OpenAsync();
        await using var exists = check.CreateCommand();
        exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'notes'";
        Assert.Equal(0L, await exists.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_by_the_index_and_the_stores_alike()
    {
        using var folder = new TempFolder();
        var path = folder.Write("index.db", "not a database at all, just some words in a file");
        var before = Hash(path);

        var fromIndex = await Assert.ThrowsAsync<IndexFileException>(() => new SqliteStoryIndex(path).InitializeAsync());
        var fromStore = await Assert.ThrowsAsync<IndexFileException>(() => new SqliteTableStore(path, "CREATE TABLE IF NOT EXISTS notes(id TEXT);").OpenAsync());

        Assert.StartsWith($"The index file {path} is not a ChatBot index", fromIndex.Message);
        Assert.Equal(fromIndex.Message, fromStore.Message);
        Assert.False(fromIndex.IsTransient);
        Assert.Equal(before, Hash(path));
    }

    [Fact]
    public async Task Another_programs_database_is_refused_and_left_unchanged()
    {
        using var folder = new TempFolder();
        var path = folder.File("photos.db");
        await ExecuteAsync(path, "CREATE TABLE albums(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO albums(name) VALUES('summer');");
        SqliteConnection.ClearAllPools();
        var before = Hash(path);

        var e = await Assert.ThrowsAsync<IndexFileException>(() => new SqliteStoryIndex(path).InitializeAsync());

        Assert.StartsWith($"The index file {path} is not a ChatBot index", e.Message);
        Assert.Equal(before, Hash(path));
    }

    private static async Task IndexOneStoryAsync(string path)
    {
        using var stories = new TempFolder();
        stories.Write("one.txt", "Council approves budget\n\nThe council approved the budget on Monday.");
        await new StoryIndexer(new SqliteStoryIndex(path), new Chunker()).IndexAsync(new FolderStorySource("test", stories.Path, new IngestionOptions()));
        SqliteConnection.ClearAllPools();
    }

    private static async Task ExecuteAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
