using ChatBot.Core.Text;
using Microsoft.Data.Sqlite;

namespace ChatBot.Bench.Queries;

/// <summary>
/// The floor: the product's own query terms as one FTS5 <c>MATCH … ORDER BY bm25</c> on the same database, over
/// one open connection, reading only rowids and scores. Retrieval cannot be faster than this without changing
/// the index.
/// </summary>
internal sealed class RawFtsQuery : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _command;
    private readonly SqliteParameter _match;

    public RawFtsQuery(string databasePath, int limit)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        _connection.Open();
        _command = _connection.CreateCommand();
        _command.CommandText = "SELECT rowid, bm25(chunk_terms) FROM chunk_terms WHERE chunk_terms MATCH $match ORDER BY bm25(chunk_terms) LIMIT $limit";
        _match = _command.Parameters.Add("$match", SqliteType.Text);
        _command.Parameters.AddWithValue("$limit", limit);
    }

    /// <summary>The terms the product's retriever searches for: the question's terms and their thesaurus equivalents.</summary>
    public static string MatchExpression(string question) =>
        string.Join(" OR ", Tokenizer.DistinctTerms(question)
            .SelectMany(Thesaurus.Equivalents)
            .Distinct(StringComparer.Ordinal)
            .Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));

    /// <summary>Runs the query and returns how many rows it read.</summary>
    public int Run(string question)
    {
        var match = MatchExpression(question);
        if (match.Length == 0) return 0;
        _match.Value = match;
        var rows = 0;
        using var reader = _command.ExecuteReader();
        while (reader.Read())
        {
            _ = reader.GetInt64(0);
            _ = reader.GetDouble(1);
            rows++;
        }

        return rows;
    }

    public void Dispose()
    {
        _command.Dispose();
        _connection.Dispose();
    }
}
