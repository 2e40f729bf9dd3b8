using Microsoft.Data.Sqlite;

namespace ChatBot.Core.Index.Sqlite;

/// <summary>
/// A SQLite file holding some tables of a store's own (feed state, source status, duplicate signatures, the
/// embedding cache), usually the embedded index's file. Every open makes sure the folder and the tables exist:
/// <c>CREATE TABLE IF NOT EXISTS</c> is cheap, and the store then works on a file nothing else initialised.
/// </summary>
public sealed class SqliteTableStore(string databasePath, string createTables)
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
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = createTables;
        await command.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
