using ChatBot.Core.Index;
using ChatBot.Core.Index.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChatBot.Core.Ingestion.Duplicates;

/// <summary>
/// Duplicate groups over any <see cref="IStoryIndex"/>, kept in a local SQLite file (the embedded index's, by
/// default): story_signatures (a MinHash per story content hash, so only new and changed stories are read and
/// hashed again) and story_origins (each copy's origin).
/// </summary>
public sealed class SqliteDuplicateRegistry(IStoryIndex index, string databasePath, DuplicateDetector? detector = null, IndexAccess access = IndexAccess.ReadWrite) : IDuplicateRegistry
{
    private const string Create = """
        CREATE TABLE IF NOT EXISTS story_signatures(story_id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, signature BLOB NOT NULL);
        CREATE TABLE IF NOT EXISTS story_origins(story_id TEXT PRIMARY KEY, origin_id TEXT NOT NULL);
        """;

    private readonly DuplicateDetector _detector = detector ?? new DuplicateDetector();
    private readonly SqliteTableStore _tables = new(databasePath, Create, access);

    private IReadOnlyDictionary<string, string>? _origins;

    /// <inheritdoc />
    public async Task<string> OriginOfAsync(string storyId, CancellationToken cancellationToken = default) =>
        (await OriginsAsync(cancellationToken)).GetValueOrDefault(storyId, storyId);

    /// <inheritdoc />
    public async Task<bool> AreCopiesAsync(string storyId, string otherStoryId, CancellationToken cancellationToken = default)
    {
        if (storyId == otherStoryId) return true;
        var origins = await OriginsAsync(cancellationToken);
        return origins.GetValueOrDefault(storyId, storyId) == origins.GetValueOrDefault(otherStoryId, otherStoryId);
    }

    /// <inheritdoc />
    public async Task<ReportCount> CountAsync(IEnumerable<string> storyIds, CancellationToken cancellationToken = default)
    {
        var origins = await OriginsAsync(cancellationToken);
        var ids = storyIds.Distinct(StringComparer.Ordinal).ToList();
        return new ReportCount(ids.Count, ids.Select(id => origins.GetValueOrDefault(id, id)).Distinct(StringComparer.Ordinal).Count());
    }

    /// <inheritdoc />
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var candidates = await ReadCandidatesAsync(connection, cancellationToken);
        var groups = _detector.Group(candidates);
        var origins = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            foreach (var id in group.StoryIds.Where(id => id != group.OriginId)) origins[id] = group.OriginId;
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, "DELETE FROM story_origins;", cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO story_origins(story_id, origin_id) VALUES($story, $origin)";
        var story = insert.Parameters.Add("$story", SqliteType.Text);
        var origin = insert.Parameters.Add("$origin", SqliteType.Text);
        foreach (var (copy, of) in origins)
        {
            story.Value = copy;
            origin.Value = of;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        _origins = origins;
    }

    private async Task<IReadOnlyList<DuplicateCandidate>> ReadCandidatesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var signed = new Dictionary<string, (string Hash, byte[] Signature)>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT story_id, content_hash, signature FROM story_signatures";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) signed[reader.GetString(0)] = (reader.GetString(1), (byte[])reader.GetValue(2));
        }

        // One transaction for all new signatures: a commit per story costs more than signing it.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var candidates = new List<DuplicateCandidate>();
        foreach (var story in await index.ListStoriesAsync(cancellationToken))
        {
            var signature = signed.TryGetValue(story.StoryId, out var known) && known.Hash == story.ContentHash
                ? MinHash.FromBytes(known.Signature)
                : await SignAsync(connection, transaction, story.StoryId, cancellationToken);
            if (signature is not null) candidates.Add(new DuplicateCandidate(story.StoryId, story.Metadata.Outlet, story.Metadata.Published, signature));
        }

        // Forget the signatures of stories no longer indexed.
        var current = candidates.Select(c => c.StoryId).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in signed.Keys.Where(id => !current.Contains(id)))
        {
            await using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM story_signatures WHERE story_id = $id";
            delete.Parameters.AddWithValue("$id", gone);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return candidates;
    }

    private async Task<ulong[]?> SignAsync(SqliteConnection connection, SqliteTransaction transaction, string storyId, CancellationToken cancellationToken)
    {
        // Only new and changed stories are read in full; the signature is kept with the hash it was made from.
        var story = await index.GetStoryAsync(storyId, cancellationToken);
        if (story is null) return null;
        var signature = MinHash.Compute(story.Text);
        await using var save = connection.CreateCommand();
        save.Transaction = transaction;
        save.CommandText = "INSERT OR REPLACE INTO story_signatures(story_id, content_hash, signature) VALUES($id, $hash, $signature)";
        save.Parameters.AddWithValue("$id", storyId);
        save.Parameters.AddWithValue("$hash", story.ContentHash);
        save.Parameters.AddWithValue("$signature", MinHash.ToBytes(signature));
        await save.ExecuteNonQueryAsync(cancellationToken);
        return signature;
    }

    private async Task<IReadOnlyDictionary<string, string>> OriginsAsync(CancellationToken cancellationToken)
    {
        if (_origins is { } cached) return cached;
        var origins = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT story_id, origin_id FROM story_origins";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) origins[reader.GetString(0)] = reader.GetString(1);
        _origins = origins;
        return origins;
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _tables.OpenAsync(cancellationToken);

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

}
