using System.Numerics.Tensors;
using System.Text;
using ChatBot.Core.Stories;
using Microsoft.Data.Sqlite;

namespace ChatBot.Core.Index.Sqlite;

/// <summary>The read queries of the embedded index: BM25 over FTS5, and brute-force cosine over stored vectors.</summary>
internal static class SqliteSearch
{
    public static async Task<IReadOnlyList<ChunkHit>> LexicalAsync(SqliteConnection connection, IndexQuery query, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        var where = FilterClause(query.Filter, command);
        // Without a filter, rank inside FTS5 first and join only the best $limit rows: joining every matching
        // row (often thousands) to chunks and stories before sorting costs 2-7x the FTS5 query itself.
        command.CommandText = where.Length == 0
            ? $"""
                WITH top AS (
                    SELECT rowid AS id, bm25(chunk_terms) AS score FROM chunk_terms
                    WHERE chunk_terms MATCH $match ORDER BY score LIMIT $limit)
                SELECT {HitColumns}, top.score
                FROM top
                JOIN chunks ON chunks.id = top.id
                JOIN stories ON stories.id = chunks.story_id
                ORDER BY top.score
                """
            : $"""
                SELECT {HitColumns}, bm25(chunk_terms)
                FROM chunk_terms
                JOIN chunks ON chunks.id = chunk_terms.rowid
                JOIN stories ON stories.id = chunks.story_id
                WHERE chunk_terms MATCH $match {where}
                ORDER BY bm25(chunk_terms)
                LIMIT $limit
                """;
        command.Parameters.AddWithValue("$match", string.Join(" OR ", query.Terms.Distinct(StringComparer.Ordinal).Select(Quote)));
        command.Parameters.AddWithValue("$limit", query.Limit);
        var hits = new List<ChunkHit>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            // FTS5's bm25() is lower-is-better; the index contract is higher-is-better.
            hits.Add(ReadHit(reader, -reader.GetDouble(14)));
        }

        return hits;
    }

    public static async Task<IReadOnlyList<ChunkHit>> DenseAsync(SqliteConnection connection, IndexQuery query, CancellationToken cancellationToken)
    {
        // Brute force over every vector, so only ids and vectors are read for the scan; the best rows are then
        // read whole, as a lexical search reads its top rows.
        var best = new List<(long Id, float Similarity)>();
        await using (var command = connection.CreateCommand())
        {
            var where = FilterClause(query.Filter, command);
            command.CommandText = $"""
                SELECT chunks.id, chunks.vector
                FROM chunks JOIN stories ON stories.id = chunks.story_id
                WHERE chunks.vector IS NOT NULL {where}
                """;
            var queryVector = query.Vector!;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var vector = VectorBlob.FromBytes((byte[])reader.GetValue(1));
                if (vector.Length != queryVector.Length) continue;
                best.Add((reader.GetInt64(0), TensorPrimitives.CosineSimilarity(queryVector, vector)));
            }
        }

        // A stable sort, as before: equal similarities keep the scan's order.
        var top = best.OrderByDescending(b => b.Similarity).Take(query.Limit).ToList();
        if (top.Count == 0) return [];
        var rows = new Dictionary<long, ChunkHit>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""
                SELECT {HitColumns}, chunks.id
                FROM chunks JOIN stories ON stories.id = chunks.story_id
                WHERE chunks.id IN (SELECT value FROM json_each($ids))
                """;
            command.Parameters.AddWithValue("$ids", "[" + string.Join(',', top.Select(t => t.Id)) + "]");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) rows[reader.GetInt64(14)] = ReadHit(reader, 0);
        }

        return top.Where(t => rows.ContainsKey(t.Id)).Select(t => rows[t.Id] with { Score = t.Similarity }).ToList();
    }

    /// <summary>An FTS5 string literal: the term in double quotes, so no term is read as an operator.</summary>
    public static string Quote(string term) => "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Columns 0..13 of a hit: the chunk (0..4), its story's (5..12) and its sentences (13).</summary>
    private const string HitColumns = $"""chunks.story_id, chunks.ordinal, chunks.start, chunks."end", chunks.text, {SqliteRows.StoryColumns}, chunks.sentences""";

    private static ChunkHit ReadHit(SqliteDataReader reader, double score) => new(
        new Chunk(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetString(4)),
        SqliteRows.ReadMetadata(reader, 7),
        score,
        PassageSentences.Decode(reader.GetString(13)));

    private static string FilterClause(IndexFilter? filter, SqliteCommand command)
    {
        if (filter is null) return "";
        var clause = new StringBuilder();
        if (filter.Outlets is { Count: > 0 } outlets)
        {
            clause.Append(" AND lower(stories.outlet) IN (")
                .AppendJoin(", ", outlets.Select((o, i) => Parameter(command, $"$outlet{i}", o.ToLowerInvariant())))
                .Append(')');
        }

        if (filter.StoryIds is { Count: > 0 } ids)
        {
            clause.Append(" AND stories.id IN (")
                .AppendJoin(", ", ids.Select((id, i) => Parameter(command, $"$story{i}", id)))
                .Append(')');
        }

        if (filter.PublishedSince is { } since)
        {
            clause.Append(" AND stories.published >= ").Append(Parameter(command, "$since", SqliteRows.DbValue(since)));
        }

        return clause.ToString();
    }

    private static string Parameter(SqliteCommand command, string name, object value)
    {
        command.Parameters.AddWithValue(name, value);
        return name;
    }
}
