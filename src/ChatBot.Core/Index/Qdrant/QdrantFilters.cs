using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Qdrant.Client.Grpc;
using static ChatBot.Core.Index.Qdrant.QdrantFields;
using static Qdrant.Client.Grpc.Conditions;

namespace ChatBot.Core.Index.Qdrant;

/// <summary>Qdrant filters (every condition a <c>must</c>) for the index's few questions.</summary>
internal static class QdrantFilters
{
    public static Filter Story(string storyId) => Must(MatchKeyword(StoryId, storyId));

    /// <summary>Chunks of a story at or past <paramref name="chunkCount"/>: left over from a longer earlier version.</summary>
    public static Filter StaleChunks(string storyId, int chunkCount) =>
        Must(MatchKeyword(StoryId, storyId), MatchKeyword(Kind, ChunkKind), Range(Ordinal, new global::Qdrant.Client.Grpc.Range { Gte = chunkCount }));

    public static Filter StoryPoints(string? source) =>
        source is null ? Must(MatchKeyword(Kind, StoryKind)) : Must(MatchKeyword(Kind, StoryKind), MatchKeyword(Source, source));

    public static Filter Chunks() => Must(MatchKeyword(Kind, ChunkKind));

    public static Filter ChunksWithTerm(string term) => Must(MatchKeyword(Kind, ChunkKind), MatchKeyword(Terms, term));

    /// <summary>The filter of a search; null when the filter can match nothing (an empty list of outlets or stories).</summary>
    public static Filter? Search(IndexFilter? filter)
    {
        var conditions = new List<Condition> { MatchKeyword(Kind, ChunkKind) };
        if (filter?.Outlets is { } outlets)
        {
            if (outlets.Count == 0) return null;
            conditions.Add(Match(OutletKey, Distinct(outlets.Select(OutletKeyOf))));
        }

        if (filter?.StoryIds is { } storyIds)
        {
            if (storyIds.Count == 0) return null;
            conditions.Add(Match(StoryId, Distinct(storyIds)));
        }

        if (filter?.PublishedSince is { } since)
        {
            conditions.Add(new Condition
            {
                Field = new FieldCondition { Key = Published, DatetimeRange = new DatetimeRange { Gte = Timestamp.FromDateTimeOffset(since) } },
            });
        }

        return Must([.. conditions]);
    }

    /// <summary>Outlets are compared case-insensitively, keyword matches exactly, so the key is lower-cased.</summary>
    public static string OutletKeyOf(string outlet) => outlet.Trim().ToLowerInvariant();

    /// <summary>RFC 3339 keeping the offset and every digit, so a date read back equals the one written.</summary>
    public static string FormatDate(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    private static Filter Must(params Condition[] conditions) => new() { Must = { conditions } };

    // Qdrant takes a set; a repeated value would only lengthen the request.
    private static List<string> Distinct(IEnumerable<string> values) => values.Distinct(StringComparer.Ordinal).ToList();
}
