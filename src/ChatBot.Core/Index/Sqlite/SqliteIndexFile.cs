using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ChatBot.Core.Index.Sqlite;

/// <summary>
/// Opening the embedded index's file: what it holds is checked before anything is written, so a file that is
/// not an index, of a newer schema, read-only or locked is refused with a sentence and left exactly as it was.
/// </summary>
internal sealed class SqliteIndexFile(string databasePath, int busyTimeoutSeconds)
{
    private string DatabasePath { get; } = databasePath;

    /// <summary>Refuses a file that is not an index of this schema, reading only.</summary>
    public async Task CheckReadableAsync(CancellationToken cancellationToken)
    {
        await using var connection = await ReadOnlyConnection.OpenAsync(DatabasePath, busyTimeoutSeconds, cancellationToken);
        var version = await ReadSchemaVersionAsync(connection, cancellationToken);
        if (version > SqliteSchema.Version) throw IndexFileFailures.Newer(DatabasePath, version.Value);
        if (version != SqliteSchema.Version) throw IndexFileFailures.NeedsRebuild(DatabasePath, version);
    }

    /// <summary>Sets up the schema on an open read-write <paramref name="connection"/>, refusing a file it cannot use first.</summary>
    public async Task PrepareForWritingAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // Read before anything is written: a file that is not a database, or is of a newer schema, stays as it is.
        var version = await ReadSchemaVersionAsync(connection, cancellationToken);
        if (version > SqliteSchema.Version) throw IndexFileFailures.Newer(DatabasePath, version.Value);
        // SQLite opens a file it may not write read-only without a word; say so now, not at the first story written.
        if (SQLitePCL.raw.sqlite3_db_readonly(connection.Handle, "main") == 1) throw IndexFileFailures.ReadOnly(DatabasePath);
        // Takes the write lock and gives it back: a file locked by another writer is reported here, not midway through indexing.
        if (version is not null) await SqliteCommands.ExecuteAsync(connection, "BEGIN IMMEDIATE; ROLLBACK;", cancellationToken);
        await SqliteCommands.ExecuteAsync(connection, "PRAGMA journal_mode=WAL;", cancellationToken);
        if (version is not null && version != SqliteSchema.Version)
        {
            // An index written by an older schema is a cache of the sources: rebuild it.
            await SqliteCommands.ExecuteAsync(connection, SqliteSchema.Drop, cancellationToken);
        }

        // CREATE ... IF NOT EXISTS writes nothing when the tables exist: an unchanged index stays byte-identical.
        await SqliteCommands.ExecuteAsync(connection, SqliteSchema.Create, cancellationToken);
        if (version == SqliteSchema.Version) return;
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO meta(key, value) VALUES('schema_version', $v)";
        command.Parameters.AddWithValue("$v", SqliteSchema.Version.ToString(CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Creates the file's folder, or says it cannot be written.</summary>
    public void CreateFolder()
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw IndexFileFailures.ReadOnly(DatabasePath, e);
        }
    }

    private async Task<int?> ReadSchemaVersionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var exists = await SqliteCommands.ScalarAsync(connection, "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='meta'", null, cancellationToken);
        if (Convert.ToInt32(exists, CultureInfo.InvariantCulture) == 0)
        {
            if (await HasForeignTablesAsync(connection, cancellationToken)) throw IndexFileFailures.NotAnIndex(DatabasePath);
            return null;
        }

        var value = await SqliteCommands.ScalarAsync(connection, "SELECT value FROM meta WHERE key='schema_version'", null, cancellationToken);
        if (value is null) return null;
        return value is string text && int.TryParse(text, CultureInfo.InvariantCulture, out var version) ? version : throw IndexFileFailures.NotAnIndex(DatabasePath);
    }

    private static async Task<bool> HasForeignTablesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (!SqliteSchema.KnownTables.Contains(reader.GetString(0))) return true;
        }

        return false;
    }
}
