using System.Globalization;
using ChatBot.Core.Stories;
using ChatBot.Core.Text;
using Google.Protobuf.Collections;
using Qdrant.Client.Grpc;
using static ChatBot.Core.Index.Qdrant.QdrantFields;

namespace ChatBot.Core.Index.Qdrant;

/// <summary>Turns stories and chunks into Qdrant points and payloads back into stories, hits and listings.</summary>
internal static class QdrantPoints
{
    public static PointStruct Chunk(Story story, Chunk chunk, float[]? denseVector)
    {
        var vectors = new NamedVectors();
        vectors.Vectors.Add(SparseVectorName, Sparse(Bm25SparseEncoder.ForChunk(chunk.Text)));
        if (denseVector is not null) vectors.Vectors.Add(DenseVectorName, new Vector { Dense = new DenseVector { Data = { denseVector } } });

        var point = new PointStruct { Id = PointId(QdrantPointId.ForChunk(story.Id, chunk.Ordinal)), Vectors = new Vectors { Vectors_ = vectors } };
        AddMetadata(point.Payload, story);
        point.Payload[Kind] = ChunkKind;
        point.Payload[Ordinal] = chunk.Ordinal;
        point.Payload[TextField] = chunk.Text;
        point.Payload[Start] = chunk.Start;
        point.Payload[End] = chunk.End;
        point.Payload[Terms] = Tokenizer.DistinctTerms(chunk.Text).ToArray();
        point.Payload[Sentences] = PassageSentences.Encode(PassageSentences.Of(chunk.Text));
        return point;
    }

    /// <summary>The story point: full text and metadata, no vector, so it never shows up in a search.</summary>
    public static PointStruct Story(Story story, int chunkCount)
    {
        var point = new PointStruct { Id = PointId(QdrantPointId.ForStory(story.Id)), Vectors = new Vectors { Vectors_ = new NamedVectors() } };
        AddMetadata(point.Payload, story);
        point.Payload[Kind] = StoryKind;
        point.Payload[TextField] = story.Text;
        point.Payload[ChunkCount] = chunkCount;
        return point;
    }

    public static PointId PointId(string uuid) => new() { Uuid = uuid };

    public static Vector Sparse(SparseVector vector) =>
        new() { Sparse = new global::Qdrant.Client.Grpc.SparseVector { Indices = { vector.Indices }, Values = { vector.Values } } };

    public static Story ReadStory(MapField<string, Value> payload) => new(
        Required(payload, StoryId),
        Required(payload, Source),
        Required(payload, TextField),
        ReadMetadata(payload),
        Required(payload, ContentHash));

    public static ChunkHit ReadHit(ScoredPoint point)
    {
        var payload = point.Payload;
        var chunk = new Chunk(
            Required(payload, StoryId),
            Number(payload, Ordinal),
            Number(payload, Start),
            Number(payload, End),
            Required(payload, TextField));
        // A collection written before sentences were stored is still read: its chunks are split here instead.
        var sentences = Optional(payload, Sentences) is { } stored ? PassageSentences.Decode(stored) : PassageSentences.Of(chunk.Text);
        return new ChunkHit(chunk, ReadMetadata(payload), point.Score, sentences);
    }

    public static StoryListing ReadListing(MapField<string, Value> payload) => new(
        Required(payload, StoryId),
        Required(payload, Source),
        ReadMetadata(payload),
        Number(payload, ChunkCount),
        Required(payload, ContentHash));

    public static string Required(MapField<string, Value> payload, string field) =>
        Optional(payload, field) ?? throw Malformed($"a point without '{field}'");

    private static void AddMetadata(MapField<string, Value> payload, Story story)
    {
        payload[StoryId] = story.Id;
        payload[Source] = story.Source;
        payload[ContentHash] = story.ContentHash;
        var metadata = story.Metadata;
        AddIfSet(payload, Title, metadata.Title);
        AddIfSet(payload, Outlet, metadata.Outlet);
        AddIfSet(payload, OutletKey, metadata.Outlet is null ? null : QdrantFilters.OutletKeyOf(metadata.Outlet));
        AddIfSet(payload, Url, metadata.Url);
        AddIfSet(payload, Published, metadata.Published is { } published ? QdrantFilters.FormatDate(published) : null);
        AddIfSet(payload, Author, metadata.Author);
    }

    private static StoryMetadata ReadMetadata(MapField<string, Value> payload) => new(
        Optional(payload, Title),
        Optional(payload, Outlet),
        Optional(payload, Url),
        Optional(payload, Published) is { } published
            ? DateTimeOffset.Parse(published, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)
            : null,
        Optional(payload, Author));

    private static void AddIfSet(MapField<string, Value> payload, string field, string? value)
    {
        if (value is not null) payload[field] = value;
    }

    private static string? Optional(MapField<string, Value> payload, string field) =>
        payload.TryGetValue(field, out var value) && value.KindCase == Value.KindOneofCase.StringValue ? value.StringValue : null;

    private static int Number(MapField<string, Value> payload, string field) =>
        payload.TryGetValue(field, out var value) && value.KindCase == Value.KindOneofCase.IntegerValue && value.IntegerValue is >= int.MinValue and <= int.MaxValue
            ? (int)value.IntegerValue
            : throw Malformed($"a point without a whole number '{field}'");

    private static QdrantRequestException Malformed(string what) =>
        new($"Qdrant returned {what}; the collection was not written by this version of ChatBot.", null, isTransient: false);
}
