using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace ChatBot.Core.Index.Sqlite;

/// <summary>
/// A SQLite file holding some tables of a store's own (feed state, source status, duplicate signatures, the
/// embedding cache), usually the embedded index's file. Every open makes sure the folder and the tables exist:
/// <c>CREATE TABLE IF NOT EXISTS</c> is cheap, and the store then works on a file nothing else initialised.
/// With <see cref="IndexAccess.ReadOnly"/> an existing file is opened read-only and never written: a table it
/// lacks is stood in for by an empty temporary one.
/// </summary>
public sealed partial class SqliteTableStore(string databasePath, string createTables, IndexAccess access = IndexAccess.ReadWrite)
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(databasePath),
        Mode = SqliteOpenMode.ReadWriteCreate,
        DefaultTimeout = 30,
    }.ToString();

    /// <summary>The file's full path.</summary>
    public string DatabasePath { get; } = Path.GetFullPath(databasePath);

    /// <summary>An open connection on the file, its tables created when missing.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var readOnly = access == IndexAccess.ReadOnly && File.Exists(DatabasePath);
        if (!readOnly) Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        SqliteConnection? connection = null;
        try
        {
            if (readOnly)
            {
                connection = await ReadOnlyConnection.OpenAsync(DatabasePath, busyTimeoutSeconds: 30, cancellationToken);
                await StandInForMissingTablesAsync(connection, cancellationToken);
            }
            else
            {
                connection = new SqliteConnection(_connectionString);
                await connection.OpenAsync(cancellationToken);
                await ExecuteAsync(connection, createTables, cancellationToken);
            }

            return connection;
        }
        catch (SqliteException e)
        {
            if (connection is not null) await connection.DisposeAsync();
            throw IndexFileFailures.From(e, DatabasePath);
        }
    }

    private async Task StandInForMissingTablesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        foreach (Match table in CreateTable().Matches(createTables))
        {
            await using var exists = connection.CreateCommand();
            exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $name";
            exists.Parameters.AddWithValue("$name", table.Groups["name"].Value);
            if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0) continue;
            // The temp schema lives in memory: the file is not touched, and reads find no rows.
            await ExecuteAsync(connection, "CREATE TEMP TABLE IF NOT EXISTS " + table.Groups["rest"].Value, cancellationToken);
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [GeneratedRegex(@"CREATE TABLE IF NOT EXISTS (?<rest>(?<name>\w+)[^;]*)", RegexOptions.CultureInvariant)]
    private static partial Regex CreateTable();
}
