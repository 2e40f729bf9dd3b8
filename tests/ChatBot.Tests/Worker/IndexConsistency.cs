using ChatBot.Core.Chunking;
using Microsoft.Data.Sqlite;

namespace ChatBot.Tests.Worker;

/// <summary>
/// Checks an index file the hard way: every story's chunks are exactly what the chunker makes of its stored
/// text (none missing, none extra, no duplicate ids), and the term index has one row per chunk.
/// </summary>
public static class IndexConsistency
{
    public static async Task<(int Stories, IReadOnlyList<string> Problems)> CheckAsync(string databasePath)
    {
        var problems = new List<string>();
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync();
        var stored = new Dictionary<string, List<(int Ordinal, int Start, int End)>>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT story_id, ordinal, start, \"end\" FROM chunks ORDER BY story_id, ordinal";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var id = reader.GetString(0);
                if (!stored.TryGetValue(id, out var list)) stored[id] = list = [];
                list.Add((reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3)));
            }
        }

        var chunker = new Chunker();
        var stories = 0;
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id, text FROM stories";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                stories++;
                var id = reader.GetString(0);
                var expected = chunker.Chunk(id, reader.GetString(1)).Select(c => (c.Ordinal, c.Start, c.End)).ToList();
                var actual = stored.GetValueOrDefault(id) ?? [];
                if (!expected.SequenceEqual(actual)) problems.Add($"{id}: {actual.Count} chunks stored, {expected.Count} expected");
                stored.Remove(id);
            }
        }

        problems.AddRange(stored.Keys.Select(id => $"{id}: chunks without a story"));
        problems.AddRange(await ScalarProblemAsync(connection, "SELECT count(*) FROM (SELECT story_id, ordinal FROM chunks GROUP BY story_id, ordinal HAVING count(*) > 1)", "duplicate chunk ids"));
        problems.AddRange(await ScalarProblemAsync(connection, "SELECT (SELECT count(*) FROM chunks) - (SELECT count(*) FROM chunk_terms)", "chunks without exactly one term row"));
        return (stories, problems);
    }

    private static async Task<IEnumerable<string>> ScalarProblemAsync(SqliteConnection connection, string sql, string what)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        return value == 0 ? [] : [$"{value} {what}"];
    }
}
