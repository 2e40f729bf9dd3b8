using Microsoft.Data.Sqlite;

namespace ChatBot.Core.Index.Sqlite;

/// <summary>
/// Opens a SQLite file read-only, also on a read-only disk or folder. A WAL-mode file needs its -shm and -wal
/// files beside it, which cannot be created there; then the file is opened as immutable. That is safe there
/// for the same reason it is needed: where nothing can create a -wal file, nothing can be writing the index.
/// </summary>
internal static class ReadOnlyConnection
{
    private const int CannotOpen = 14;

    public static async Task<SqliteConnection> OpenAsync(string path, int busyTimeoutSeconds, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString(path, busyTimeoutSeconds, immutable: false));
        try
        {
            await connection.OpenAsync(cancellationToken);
            // Opening is lazy about the WAL index: the first read is where a read-only folder shows.
            await using var probe = connection.CreateCommand();
            probe.CommandText = "SELECT count(*) FROM sqlite_master";
            await probe.ExecuteScalarAsync(cancellationToken);
            return connection;
        }
        catch (SqliteException e) when ((e.SqliteErrorCode & 0xFF) == CannotOpen && File.Exists(path))
        {
            await connection.DisposeAsync();
            connection = new SqliteConnection(ConnectionString(path, busyTimeoutSeconds, immutable: true));
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static string ConnectionString(string path, int busyTimeoutSeconds, bool immutable) => new SqliteConnectionStringBuilder
    {
        // A file: URI is how SQLite takes the immutable flag.
        DataSource = immutable ? new Uri(path).AbsoluteUri + "?immutable=1" : path,
        Mode = SqliteOpenMode.ReadOnly,
        DefaultTimeout = busyTimeoutSeconds,
    }.ToString();
}
