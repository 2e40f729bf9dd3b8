using Microsoft.Data.Sqlite;

namespace ChatBot.Core.Index.Sqlite;

/// <summary>The two one-statement helpers the index and its file checks share.</summary>
internal static class SqliteCommands
{
    public static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The first column of the first row; <paramref name="q"/> binds <c>$q</c> when given.</summary>
    public static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, string? q, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (q is not null) command.Parameters.AddWithValue("$q", q);
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
