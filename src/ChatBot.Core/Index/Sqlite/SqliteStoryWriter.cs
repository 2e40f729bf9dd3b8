using ChatBot.Core.Stories;
using ChatBot.Core.Text;
using Microsoft.Data.Sqlite;

namespace ChatBot.Core.Index.Sqlite;

/// <summary>The write statements of one story replacement, run inside the caller's transaction.</summary>
internal static class SqliteStoryWriter
{
    public static async Task DeleteChunksAsync(SqliteConnection connection, SqliteTransaction transaction, string storyId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            DELETE FROM chunk_terms WHERE rowid IN (SELECT id FROM chunks WHERE story_id = $id);
            DELETE FROM chunks WHERE story_id = $id;
            """;
        command.Parameters.AddWithValue("$id", storyId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task WriteStoryAsync(SqliteConnection connection, SqliteTransaction transaction, Story story, string now, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        // first_seen survives replacements; last_changed moves only when the content hash does.
        command.CommandText = """
            INSERT INTO stories(id, source, title, outlet, url, published, author, text, content_hash, first_seen, last_changed)
            VALUES($id, $source, $title, $outlet, $url, $published, $author, $text, $hash, $now, $now)
            ON CONFLICT(id) DO UPDATE SET
                source = excluded.source, title = excluded.title, outlet = excluded.outlet, url = excluded.url,
                published = excluded.published, author = excluded.author, text = excluded.text,
                last_changed = CASE WHEN stories.content_hash = excluded.content_hash THEN stories.last_changed ELSE excluded.last_changed END,
                content_hash = excluded.content_hash;
            INSERT OR IGNORE INTO story_versions(story_id, content_hash, seen_at) VALUES($id, $hash, $now);
            """;
        var m = story.Metadata;
        command.Parameters.AddWithValue("$id", story.Id);
        command.Parameters.AddWithValue("$source", story.Source);
        command.Parameters.AddWithValue("$title", SqliteRows.DbValue(m.Title));
        command.Parameters.AddWithValue("$outlet", SqliteRows.DbValue(m.Outlet));
        command.Parameters.AddWithValue("$url", SqliteRows.DbValue(m.Url));
        command.Parameters.AddWithValue("$published", SqliteRows.DbValue(m.Published));
        command.Parameters.AddWithValue("$author", SqliteRows.DbValue(m.Author));
        command.Parameters.AddWithValue("$text", story.Text);
        command.Parameters.AddWithValue("$hash", story.ContentHash);
        command.Parameters.AddWithValue("$now", now);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task WriteChunksAsync(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<Chunk> chunks, IReadOnlyList<float[]>? vectors, CancellationToken cancellationToken)
    {
        await using var insertChunk = connection.CreateCommand();
        insertChunk.Transaction = transaction;
        insertChunk.CommandText = """
            INSERT INTO chunks(story_id, ordinal, start, "end", text, vector, sentences) VALUES($story, $ordinal, $start, $end, $text, $vector, $sentences)
            RETURNING id
            """;
        var story = insertChunk.Parameters.Add("$story", SqliteType.Text);
        var ordinal = insertChunk.Parameters.Add("$ordinal", SqliteType.Integer);
        var start = insertChunk.Parameters.Add("$start", SqliteType.Integer);
        var end = insertChunk.Parameters.Add("$end", SqliteType.Integer);
        var text = insertChunk.Parameters.Add("$text", SqliteType.Text);
        var vector = insertChunk.Parameters.Add("$vector", SqliteType.Blob);
        var sentences = insertChunk.Parameters.Add("$sentences", SqliteType.Text);

        await using var insertTerms = connection.CreateCommand();
        insertTerms.Transaction = transaction;
        insertTerms.CommandText = "INSERT INTO chunk_terms(rowid, terms) VALUES($rowid, $terms)";
        var rowid = insertTerms.Parameters.Add("$rowid", SqliteType.Integer);
        var terms = insertTerms.Parameters.Add("$terms", SqliteType.Text);

        for (var i = 0; i < chunks.Count; i++)
        {
            var chunk = chunks[i];
            story.Value = chunk.StoryId;
            ordinal.Value = chunk.Ordinal;
            start.Value = chunk.Start;
            end.Value = chunk.End;
            text.Value = chunk.Text;
            vector.Value = vectors is null ? DBNull.Value : VectorBlob.ToBytes(vectors[i]);
            sentences.Value = PassageSentences.Encode(PassageSentences.Of(chunk.Text));
            rowid.Value = await insertChunk.ExecuteScalarAsync(cancellationToken);
            terms.Value = string.Join(' ', Tokenizer.Terms(chunk.Text));
            await insertTerms.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
