using System.Globalization;
using ChatBot.Core.Index.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChatBot.Discord.Digests;

/// <summary>Digest state in two tables of the index database: digest_state (one row a digest) and digest_stories.</summary>
public sealed class SqliteDigestLedger(string databasePath) : IDigestLedger
{
    private const string Create = """
        CREATE TABLE IF NOT EXISTS digest_state(digest_key TEXT PRIMARY KEY, last_due TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS digest_stories(digest_key TEXT NOT NULL, story TEXT NOT NULL, PRIMARY KEY(digest_key, story));
        """;

    private readonly SqliteTableStore _tables = new(databasePath, Create);

    public async Task<DigestState?> GetAsync(string digestKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
        await using var state = connection.CreateCommand();
        state.CommandText = "SELECT last_due FROM digest_state WHERE digest_key = $key";
        state.Parameters.AddWithValue("$key", digestKey);
        if (await state.ExecuteScalarAsync(cancellationToken) is not string lastDue)
        {
            return null;
        }

        await using var stories = connection.CreateCommand();
        stories.CommandText = "SELECT story FROM digest_stories WHERE digest_key = $key";
        stories.Parameters.AddWithValue("$key", digestKey);
        var covered = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await stories.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            covered.Add(reader.GetString(0));
        }

        return new DigestState(DateTimeOffset.Parse(lastDue, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), covered);
    }

    public async Task StartAsync(string digestKey, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR IGNORE INTO digest_state(digest_key, last_due) VALUES($key, $at)";
        command.Parameters.AddWithValue("$key", digestKey);
        command.Parameters.AddWithValue("$at", Format(at));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task RecordPostedAsync(string digestKey, DateTimeOffset due, IReadOnlyList<string> stories, CancellationToken cancellationToken = default)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var state = connection.CreateCommand())
        {
            state.CommandText = "INSERT OR REPLACE INTO digest_state(digest_key, last_due) VALUES($key, $due)";
            state.Parameters.AddWithValue("$key", digestKey);
            state.Parameters.AddWithValue("$due", Format(due));
            await state.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var story in stories)
        {
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT OR IGNORE INTO digest_stories(digest_key, story) VALUES($key, $story)";
            insert.Parameters.AddWithValue("$key", digestKey);
            insert.Parameters.AddWithValue("$story", story);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static string Format(DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}
