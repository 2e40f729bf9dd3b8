using System.Globalization;
using System.Text.Json;
using ChatBot.Core.Stories;
using ChatBot.Core.Text;
using Microsoft.Data.Sqlite;

namespace ChatBot.Core.Index.Sqlite;

/// <summary>
/// The embedded index: one SQLite file with stories, chunks and an FTS5 table ranked by BM25. Needs no server.
/// WAL mode lets readers keep answering while a story is replaced; each replacement is one transaction,
/// so a reader sees the old story or the new one, whole.
/// </summary>
public sealed class SqliteStoryIndex : IStoryIndex
{
    private readonly string _connectionString;
    private readonly int _busyTimeoutSeconds;
    private readonly IndexAccess _access;
    private readonly TimeProvider _time;

    /// <summary>Opens (or creates on <see cref="InitializeAsync"/>) the index at <paramref name="databasePath"/>.</summary>
    /// <param name="databasePath">The file.</param>
    /// <param name="timeProvider">The clock of first-seen and last-changed times.</param>
    /// <param name="access">
    /// <see cref="IndexAccess.ReadOnly"/> for commands that only read: an existing file is opened read-only and
    /// never written, so it works on a read-only disk.
    /// </param>
    /// <param name="busyTimeout">How long to wait for another process's write lock (30 s).</param>
    public SqliteStoryIndex(string databasePath, TimeProvider? timeProvider = null, IndexAccess access = IndexAccess.ReadWrite, TimeSpan? busyTimeout = null)
    {
        DatabasePath = Path.GetFullPath(databasePath);
        var timeout = (int)Math.Ceiling((busyTimeout ?? TimeSpan.FromSeconds(30)).TotalSeconds);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = DatabasePath, Mode = SqliteOpenMode.ReadWriteCreate, DefaultTimeout = timeout }.ToString();
        _busyTimeoutSeconds = timeout;
        _access = access;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Full path of the database file.</summary>
    public string DatabasePath { get; }

    /// <inheritdoc />
    /// <remarks>
    /// Never changes a file it cannot use: one that is not a database, or was written by a newer schema, or
    /// (when writing) is read-only or locked, ends in an <see cref="IndexFileException"/> saying what to do.
    /// </remarks>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var file = new SqliteIndexFile(DatabasePath, _busyTimeoutSeconds);
            if (_access == IndexAccess.ReadOnly && File.Exists(DatabasePath))
            {
                await file.CheckReadableAsync(cancellationToken);
                return;
            }

            file.CreateFolder();
            await using var connection = await OpenAsync(cancellationToken);
            await file.PrepareForWritingAsync(connection, cancellationToken);
        }
        catch (SqliteException e)
        {
            throw IndexFileFailures.From(e, DatabasePath);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, string>> GetContentHashesAsync(string? source = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = source is null
            ? "SELECT id, content_hash FROM stories"
            : "SELECT id, content_hash FROM stories WHERE source = $source";
        if (source is not null) command.Parameters.AddWithValue("$source", source);
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) hashes[reader.GetString(0)] = reader.GetString(1);
        return hashes;
    }

    /// <inheritdoc />
    public async Task UpsertStoryAsync(Story story, IReadOnlyList<Chunk> chunks, IReadOnlyList<float[]>? chunkVectors = null, CancellationToken cancellationToken = default)
    {
        if (chunkVectors is not null && chunkVectors.Count != chunks.Count)
        {
            throw new ArgumentException("One vector per chunk is required.", nameof(chunkVectors));
        }

        var now = _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await SqliteStoryWriter.DeleteChunksAsync(connection, transaction, story.Id, cancellationToken);
        await SqliteStoryWriter.WriteStoryAsync(connection, transaction, story, now, cancellationToken);
        await SqliteStoryWriter.WriteChunksAsync(connection, transaction, chunks, chunkVectors, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task UpsertStoriesAsync(IReadOnlyList<StoryUpsert> stories, CancellationToken cancellationToken = default)
    {
        if (stories.Any(s => s.ChunkVectors is not null && s.ChunkVectors.Count != s.Chunks.Count))
        {
            throw new ArgumentException("One vector per chunk is required.", nameof(stories));
        }

        // One transaction for the batch: a commit per story makes FTS5 flush and merge a segment per story,
        // which was most of the indexing time.
        var now = _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var upsert in stories)
        {
            await SqliteStoryWriter.DeleteChunksAsync(connection, transaction, upsert.Story.Id, cancellationToken);
            await SqliteStoryWriter.WriteStoryAsync(connection, transaction, upsert.Story, now, cancellationToken);
            await SqliteStoryWriter.WriteChunksAsync(connection, transaction, upsert.Chunks, upsert.ChunkVectors, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task DeleteStoryAsync(string storyId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await SqliteStoryWriter.DeleteChunksAsync(connection, transaction, storyId, cancellationToken);
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "DELETE FROM stories WHERE id = $id";
            command.Parameters.AddWithValue("$id", storyId);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ChunkHit>> SearchAsync(IndexQuery query, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        if (query.Vector is not null) return await SqliteSearch.DenseAsync(connection, query, cancellationToken);
        return query.Terms.Count == 0 ? [] : await SqliteSearch.LexicalAsync(connection, query, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Story?> GetStoryAsync(string storyId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {SqliteRows.StoryColumns}, text FROM stories WHERE id = $id";
        command.Parameters.AddWithValue("$id", storyId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadStory(reader) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, Story>> GetStoriesAsync(IReadOnlyCollection<string> storyIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storyIds);
        var stories = new Dictionary<string, Story>(StringComparer.Ordinal);
        if (storyIds.Count == 0) return stories;
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // One parameter however many ids: a JSON array read by json_each, not a statement per count of ids.
        command.CommandText = $"SELECT {SqliteRows.StoryColumns}, text FROM stories WHERE id IN (SELECT value FROM json_each($ids))";
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(storyIds));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var story = ReadStory(reader);
            stories[story.Id] = story;
        }

        return stories;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoryListing>> ListStoriesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {SqliteRows.StoryColumns}, (SELECT count(*) FROM chunks c WHERE c.story_id = stories.id)
            FROM stories ORDER BY id
            """;
        var listings = new List<StoryListing>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            listings.Add(new StoryListing(reader.GetString(0), reader.GetString(1), SqliteRows.ReadMetadata(reader, 2), reader.GetInt32(8), reader.GetString(7)));
        }

        return listings;
    }

    /// <inheritdoc />
    public async Task<TermStatistics> GetTermStatisticsAsync(IReadOnlyCollection<string> terms, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var total = Convert.ToInt32(await SqliteCommands.ScalarAsync(connection, "SELECT count(*) FROM chunks", null, cancellationToken), CultureInfo.InvariantCulture);
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in terms.Distinct(StringComparer.Ordinal))
        {
            var count = await SqliteCommands.ScalarAsync(connection, "SELECT count(*) FROM chunk_terms WHERE chunk_terms MATCH $q", SqliteSearch.Quote(term), cancellationToken);
            frequencies[term] = Convert.ToInt32(count, CultureInfo.InvariantCulture);
        }

        return new TermStatistics(total, frequencies);
    }

    /// <summary>A story from <see cref="SqliteRows.StoryColumns"/> followed by its text.</summary>
    private static Story ReadStory(SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetString(8), SqliteRows.ReadMetadata(reader, 2), reader.GetString(7));

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        // A reading command never writes, so an existing file is opened read-only (a missing one is created empty by InitializeAsync).
        var readOnly = _access == IndexAccess.ReadOnly && File.Exists(DatabasePath);
        SqliteConnection? connection = null;
        try
        {
            connection = readOnly ? await ReadOnlyConnection.OpenAsync(DatabasePath, _busyTimeoutSeconds, cancellationToken) : new SqliteConnection(_connectionString);
            if (!readOnly) await connection.OpenAsync(cancellationToken);
            // synchronous=NORMAL is durable across process crashes in WAL mode; only a power loss may drop
            // the last commits, which a re-index restores.
            await SqliteCommands.ExecuteAsync(connection, "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;", cancellationToken);
            return connection;
        }
        catch (SqliteException e)
        {
            if (connection is not null) await connection.DisposeAsync();
            throw IndexFileFailures.From(e, DatabasePath);
        }
    }
}
