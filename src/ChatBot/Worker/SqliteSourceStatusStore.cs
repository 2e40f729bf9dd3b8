using System.Globalization;
using ChatBot.Core.Index;
using ChatBot.Core.Index.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChatBot.Worker;

/// <summary>Source statuses in the source_status table of the embedded index's file.</summary>
public sealed class SqliteSourceStatusStore(string databasePath, IndexAccess access = IndexAccess.ReadWrite) : ISourceStatusStore
{
    private const string Create = """
        CREATE TABLE IF NOT EXISTS source_status(
            name TEXT PRIMARY KEY, last_run_started TEXT NOT NULL, last_run_finished TEXT,
            added INTEGER NOT NULL, updated INTEGER NOT NULL, removed INTEGER NOT NULL,
            unchanged INTEGER NOT NULL, failed INTEGER NOT NULL, last_error TEXT);
        """;

    private readonly SqliteTableStore _tables = new(databasePath, Create, access);

    public async Task RecordAsync(SourceStatus status, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT OR REPLACE INTO source_status(name, last_run_started, last_run_finished, added, updated, removed, unchanged, failed, last_error)
            VALUES($name, $started, $finished, $added, $updated, $removed, $unchanged, $failed, $error)
            """;
        command.Parameters.AddWithValue("$name", status.Name);
        command.Parameters.AddWithValue("$started", Format(status.LastRunStarted));
        command.Parameters.AddWithValue("$finished", status.LastRunFinished is { } f ? Format(f) : DBNull.Value);
        command.Parameters.AddWithValue("$added", status.Added);
        command.Parameters.AddWithValue("$updated", status.Updated);
        command.Parameters.AddWithValue("$removed", status.Removed);
        command.Parameters.AddWithValue("$unchanged", status.Unchanged);
        command.Parameters.AddWithValue("$failed", status.Failed);
        command.Parameters.AddWithValue("$error", (object?)status.LastError ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<SourceStatus>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, last_run_started, last_run_finished, added, updated, removed, unchanged, failed, last_error FROM source_status ORDER BY name";
        var statuses = new List<SourceStatus>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            statuses.Add(new SourceStatus(
                reader.GetString(0),
                Parse(reader.GetString(1)),
                reader.IsDBNull(2) ? null : Parse(reader.GetString(2)),
                reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7),
                reader.IsDBNull(8) ? null : reader.GetString(8)));
        }

        return statuses;
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _tables.OpenAsync(cancellationToken);

    private static string Format(DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
