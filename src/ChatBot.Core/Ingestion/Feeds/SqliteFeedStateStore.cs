using System.Globalization;
using ChatBot.Core.Index.Sqlite;
using ChatBot.Core.Ingestion.Pages;
using Microsoft.Data.Sqlite;

namespace ChatBot.Core.Ingestion.Feeds;

/// <summary>
/// Feed state in two tables of the embedded index's SQLite file (feed_validators, feed_items). They are not part
/// of the index schema: an index rebuild leaves them, and the feed source then notices its stories are gone.
/// </summary>
public sealed class SqliteFeedStateStore(string databasePath) : IFeedStateStore
{
    private const string Create = """
        CREATE TABLE IF NOT EXISTS feed_validators(feed_url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT);
        CREATE TABLE IF NOT EXISTS feed_items(
            feed_url TEXT NOT NULL,
            link TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            story_id TEXT,
            failure TEXT,
            fetched_at TEXT NOT NULL,
            PRIMARY KEY(feed_url, link));
        """;

    private readonly SqliteTableStore _tables = new(databasePath, Create);

    /// <inheritdoc />
    public async Task<FeedState> LoadAsync(string feedUrl, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var validators = HttpValidators.None;
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT etag, last_modified FROM feed_validators WHERE feed_url = $feed";
            command.Parameters.AddWithValue("$feed", feedUrl);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                validators = new HttpValidators(
                    reader.IsDBNull(0) ? null : reader.GetString(0),
                    reader.IsDBNull(1) ? null : ParseTime(reader.GetString(1)));
            }
        }

        var items = new Dictionary<string, FeedItemState>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT link, fingerprint, story_id, failure, fetched_at FROM feed_items WHERE feed_url = $feed";
            command.Parameters.AddWithValue("$feed", feedUrl);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var link = reader.GetString(0);
                items[link] = new FeedItemState(link, reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), ParseTime(reader.GetString(4)));
            }
        }

        return new FeedState(validators, items);
    }

    /// <inheritdoc />
    public async Task SaveAsync(string feedUrl, HttpValidators validators, IReadOnlyCollection<FeedItemState> items, bool replaceItems, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = """
                INSERT OR REPLACE INTO feed_validators(feed_url, etag, last_modified) VALUES($feed, $etag, $modified);
                """ + (replaceItems ? "DELETE FROM feed_items WHERE feed_url = $feed;" : "");
            command.Parameters.AddWithValue("$feed", feedUrl);
            command.Parameters.AddWithValue("$etag", (object?)validators.ETag ?? DBNull.Value);
            command.Parameters.AddWithValue("$modified", validators.LastModified is { } m ? m.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) : DBNull.Value);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT OR REPLACE INTO feed_items(feed_url, link, fingerprint, story_id, failure, fetched_at) VALUES($feed, $link, $fingerprint, $story, $failure, $fetched)";
            insert.Parameters.AddWithValue("$feed", feedUrl);
            var link = insert.Parameters.Add("$link", SqliteType.Text);
            var fingerprint = insert.Parameters.Add("$fingerprint", SqliteType.Text);
            var story = insert.Parameters.Add("$story", SqliteType.Text);
            var failure = insert.Parameters.Add("$failure", SqliteType.Text);
            var fetched = insert.Parameters.Add("$fetched", SqliteType.Text);
            foreach (var item in items)
            {
                link.Value = item.Link;
                fingerprint.Value = item.Fingerprint;
                story.Value = (object?)item.StoryId ?? DBNull.Value;
                failure.Value = (object?)item.Failure ?? DBNull.Value;
                fetched.Value = item.FetchedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static DateTimeOffset ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _tables.OpenAsync(cancellationToken);
}
