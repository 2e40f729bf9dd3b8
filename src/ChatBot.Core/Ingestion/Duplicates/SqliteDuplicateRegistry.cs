using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ChatBot.Core.Ingestion.Duplicates;

/// <summary>
/// Duplicate groups kept in the embedded index's SQLite file: story_signatures (a MinHash per story content
/// hash, so only changed stories are re-hashed) and story_origins (each copy's origin). Reads the stories table.
/// </summary>
public sealed class SqliteDuplicateRegistry(string databasePath, DuplicateDetector? detector = null) : IDuplicateRegistry
{
    private const string Create = """
        CREATE TABLE IF NOT EXISTS story_signatures(story_id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, signature BLOB NOT NULL);
        CREATE TABLE IF NOT EXISTS story_origins(story_id TEXT PRIMARY KEY, origin_id TEXT NOT NULL);
        """;

    private readonly DuplicateDetector _detector = detector ?? new DuplicateDetector();
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(databasePath),
        Mode = SqliteOpenMode.ReadWriteCreate,
        DefaultTimeout = 30,
    }.ToString();

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
        await ExecuteAsync(connection, transaction, "DELETE FROM story_origins; DELETE FROM story_signatures WHERE story_id NOT IN (SELECT id FROM stories);", cancellationToken);
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
        var rows = new List<(string Id, string? Outlet, string? Published, string FirstSeen, string Hash, byte[]? Signature, string? SignedHash)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT s.id, s.outlet, s.published, s.first_seen, s.content_hash, g.signature, g.content_hash
                FROM stories s LEFT JOIN story_signatures g ON g.story_id = s.id
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetString(0), Text(reader, 1), Text(reader, 2), reader.GetString(3), reader.GetString(4),
                    reader.IsDBNull(5) ? null : (byte[])reader.GetValue(5), Text(reader, 6)));
            }
        }

        var candidates = new List<DuplicateCandidate>(rows.Count);
        foreach (var row in rows)
        {
            var signature = row.Signature is not null && row.SignedHash == row.Hash
                ? MinHash.FromBytes(row.Signature)
                : await SignAsync(connection, row.Id, row.Hash, cancellationToken);
            candidates.Add(new DuplicateCandidate(row.Id, row.Outlet, ParseDate(row.Published), ParseDate(row.FirstSeen) ?? DateTimeOffset.MaxValue, signature));
        }

        return candidates;
    }

    private static async Task<ulong[]> SignAsync(SqliteConnection connection, string storyId, string hash, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT text FROM stories WHERE id = $id";
        command.Parameters.AddWithValue("$id", storyId);
        var text = (string?)await command.ExecuteScalarAsync(cancellationToken) ?? "";
        var signature = MinHash.Compute(text);
        await using var save = connection.CreateCommand();
        save.CommandText = "INSERT OR REPLACE INTO story_signatures(story_id, content_hash, signature) VALUES($id, $hash, $signature)";
        save.Parameters.AddWithValue("$id", storyId);
        save.Parameters.AddWithValue("$hash", hash);
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

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, Create, cancellationToken);
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateTimeOffset? ParseDate(string? text) =>
        text is null ? null : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
