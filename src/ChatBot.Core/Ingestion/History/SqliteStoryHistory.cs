using System.Globalization;
using ChatBot.Core.Index.Sqlite;

namespace ChatBot.Core.Ingestion.History;

/// <summary>Story history from the embedded index's stories and story_versions tables, opened read-only: it never writes.</summary>
public sealed class SqliteStoryHistory(string databasePath) : IStoryHistory
{
    private readonly string _path = Path.GetFullPath(databasePath);

    /// <inheritdoc />
    public async Task<StoryHistory?> GetAsync(string storyId, CancellationToken cancellationToken = default) =>
        (await GetManyAsync([storyId], cancellationToken)).GetValueOrDefault(storyId);

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, StoryHistory>> GetManyAsync(IReadOnlyCollection<string> storyIds, CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<string, StoryHistory>(StringComparer.Ordinal);
        if (storyIds.Count == 0 || !File.Exists(_path)) return result;
        await using var connection = await ReadOnlyConnection.OpenAsync(_path, busyTimeoutSeconds: 30, cancellationToken);
        await using var command = connection.CreateCommand();
        var names = storyIds.Distinct(StringComparer.Ordinal).Select((id, i) =>
        {
            command.Parameters.AddWithValue($"$id{i}", id);
            return $"$id{i}";
        }).ToList();
        command.CommandText = $"""
            SELECT s.id, s.first_seen, s.last_changed, v.content_hash, v.seen_at
            FROM stories s LEFT JOIN story_versions v ON v.story_id = s.id
            WHERE s.id IN ({string.Join(", ", names)})
            ORDER BY s.id, v.seen_at
            """;
        var versions = new Dictionary<string, List<StoryVersion>>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetString(0);
            if (!versions.TryGetValue(id, out var list))
            {
                versions[id] = list = [];
                result[id] = new StoryHistory(id, Parse(reader.GetString(1)), Parse(reader.GetString(2)), list);
            }

            if (!reader.IsDBNull(3)) list.Add(new StoryVersion(reader.GetString(3), Parse(reader.GetString(4))));
        }

        return result;
    }

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
