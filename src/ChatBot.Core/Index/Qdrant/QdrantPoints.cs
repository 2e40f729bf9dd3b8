using System.Globalization;
using System.Text.Json.Nodes;
using ChatBot.Core.Stories;
using ChatBot.Core.Text;
using static ChatBot.Core.Index.Qdrant.QdrantFields;

namespace ChatBot.Core.Index.Qdrant;

/// <summary>Turns stories and chunks into Qdrant points and payloads back into stories, hits and listings.</summary>
internal static class QdrantPoints
{
    public static JsonObject Chunk(Story story, Chunk chunk, float[]? denseVector)
    {
        var vector = new JsonObject { [SparseVectorName] = Sparse(Bm25SparseEncoder.ForChunk(chunk.Text)) };
        if (denseVector is not null) vector[DenseVectorName] = new JsonArray(denseVector.Select(v => (JsonNode)v).ToArray());

        var payload = Metadata(story);
        payload[Kind] = ChunkKind;
        payload[Ordinal] = chunk.Ordinal;
        payload[TextField] = chunk.Text;
        payload[Start] = chunk.Start;
        payload[End] = chunk.End;
        payload[Terms] = new JsonArray(Tokenizer.DistinctTerms(chunk.Text).Select(t => (JsonNode)t).ToArray());
        return new JsonObject
        {
            ["id"] = QdrantPointId.ForChunk(story.Id, chunk.Ordinal),
            ["vector"] = vector,
            ["payload"] = payload,
        };
    }

    /// <summary>The story point: full text and metadata, no vector, so it never shows up in a search.</summary>
    public static JsonObject Story(Story story, int chunkCount)
    {
        var payload = Metadata(story);
        payload[Kind] = StoryKind;
        payload[TextField] = story.Text;
        payload[ChunkCount] = chunkCount;
        return new JsonObject
        {
            ["id"] = QdrantPointId.ForStory(story.Id),
            ["vector"] = new JsonObject(),
            ["payload"] = payload,
        };
    }

    public static JsonObject Sparse(SparseVector vector) => new()
    {
        ["indices"] = new JsonArray(vector.Indices.Select(i => (JsonNode)i).ToArray()),
        ["values"] = new JsonArray(vector.Values.Select(v => (JsonNode)v).ToArray()),
    };

    public static Story ReadStory(JsonObject payload) => new(
        Required(payload, StoryId),
        Required(payload, Source),
        Required(payload, TextField),
        ReadMetadata(payload),
        Required(payload, ContentHash));

    public static ChunkHit ReadHit(JsonObject point)
    {
        var payload = point["payload"] as JsonObject ?? throw Malformed("a search hit without payload");
        var chunk = new Chunk(
            Required(payload, StoryId),
            Number(payload, Ordinal),
            Number(payload, Start),
            Number(payload, End),
            Required(payload, TextField));
        return new ChunkHit(chunk, ReadMetadata(payload), point["score"]?.GetValue<double>() ?? 0);
    }

    public static StoryListing ReadListing(JsonObject payload) => new(
        Required(payload, StoryId),
        Required(payload, Source),
        ReadMetadata(payload),
        Number(payload, ChunkCount),
        Required(payload, ContentHash));

    public static string Required(JsonObject payload, string field) =>
        Optional(payload, field) ?? throw Malformed($"a point without '{field}'");

    private static JsonObject Metadata(Story story)
    {
        var payload = new JsonObject
        {
            [StoryId] = story.Id,
            [Source] = story.Source,
            [ContentHash] = story.ContentHash,
        };
        var metadata = story.Metadata;
        AddIfSet(payload, Title, metadata.Title);
        AddIfSet(payload, Outlet, metadata.Outlet);
        AddIfSet(payload, OutletKey, metadata.Outlet is null ? null : QdrantFilters.OutletKeyOf(metadata.Outlet));
        AddIfSet(payload, Url, metadata.Url);
        AddIfSet(payload, Published, metadata.Published is { } published ? QdrantFilters.FormatDate(published) : null);
        AddIfSet(payload, Author, metadata.Author);
        return payload;
    }

    private static StoryMetadata ReadMetadata(JsonObject payload) => new(
        Optional(payload, Title),
        Optional(payload, Outlet),
        Optional(payload, Url),
        Optional(payload, Published) is { } published
            ? DateTimeOffset.Parse(published, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)
            : null,
        Optional(payload, Author));

    private static void AddIfSet(JsonObject payload, string field, string? value)
    {
        if (value is not null) payload[field] = value;
    }

    private static string? Optional(JsonObject payload, string field) =>
        payload[field] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static int Number(JsonObject payload, string field) =>
        payload[field] is JsonValue value && value.TryGetValue<int>(out var number)
            ? number
            : throw Malformed($"a point without a whole number '{field}'");

    private static QdrantException Malformed(string what) =>
        new($"Qdrant returned {what}; the collection was not written by this version of ChatBot.", null, isTransient: false);
}
