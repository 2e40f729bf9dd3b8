using System.Globalization;
using System.Text.Json.Nodes;
using static ChatBot.Core.Index.Qdrant.QdrantFields;

namespace ChatBot.Core.Index.Qdrant;

/// <summary>Qdrant filter bodies (<c>{"must": [conditions]}</c>) for the index's few questions.</summary>
internal static class QdrantFilters
{
    public static JsonObject Story(string storyId) => Must(Match(StoryId, storyId));

    /// <summary>Chunks of a story at or past <paramref name="chunkCount"/>: left over from a longer earlier version.</summary>
    public static JsonObject StaleChunks(string storyId, int chunkCount) =>
        Must(Match(StoryId, storyId), Match(Kind, ChunkKind), new JsonObject
        {
            ["key"] = Ordinal,
            ["range"] = new JsonObject { ["gte"] = chunkCount },
        });

    public static JsonObject StoryPoints(string? source) =>
        source is null ? Must(Match(Kind, StoryKind)) : Must(Match(Kind, StoryKind), Match(Source, source));

    public static JsonObject Chunks() => Must(Match(Kind, ChunkKind));

    public static JsonObject ChunksWithTerm(string term) => Must(Match(Kind, ChunkKind), Match(Terms, term));

    /// <summary>The filter of a search; null when the filter can match nothing (an empty list of outlets or stories).</summary>
    public static JsonObject? Search(IndexFilter? filter)
    {
        var conditions = new List<JsonNode> { Match(Kind, ChunkKind) };
        if (filter?.Outlets is { } outlets)
        {
            if (outlets.Count == 0) return null;
            conditions.Add(MatchAny(OutletKey, outlets.Select(OutletKeyOf)));
        }

        if (filter?.StoryIds is { } storyIds)
        {
            if (storyIds.Count == 0) return null;
            conditions.Add(MatchAny(StoryId, storyIds));
        }

        if (filter?.PublishedSince is { } since)
        {
            conditions.Add(new JsonObject
            {
                ["key"] = Published,
                ["range"] = new JsonObject { ["gte"] = FormatDate(since.ToUniversalTime()) },
            });
        }

        return Must([.. conditions]);
    }

    /// <summary>Outlets are compared case-insensitively, keyword matches exactly, so the key is lower-cased.</summary>
    public static string OutletKeyOf(string outlet) => outlet.Trim().ToLowerInvariant();

    /// <summary>RFC 3339 keeping the offset and every digit, so a date read back equals the one written.</summary>
    public static string FormatDate(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    private static JsonObject Must(params JsonNode[] conditions) => new() { ["must"] = new JsonArray(conditions) };

    private static JsonObject Match(string key, string value) => new()
    {
        ["key"] = key,
        ["match"] = new JsonObject { ["value"] = value },
    };

    // The schema asks for unique values in "any".
    private static JsonObject MatchAny(string key, IEnumerable<string> values) => new()
    {
        ["key"] = key,
        ["match"] = new JsonObject
        {
            ["any"] = new JsonArray(values.Distinct(StringComparer.Ordinal).Select(v => (JsonNode)v).ToArray()),
        },
    };
}
