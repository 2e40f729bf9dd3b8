using Qdrant.Client.Grpc;

namespace ChatBot.Core.Index.Qdrant;

/// <summary>
/// Names of the collection's vectors and payload fields. Each story has one story point (full text and
/// metadata, no vector) and one point per chunk (chunk text and span plus the metadata a citation needs).
/// </summary>
internal static class QdrantFields
{
    public const string SparseVectorName = "bm25";
    public const string DenseVectorName = "dense";

    public const string Kind = "kind";
    public const string StoryKind = "story";
    public const string ChunkKind = "chunk";

    public const string StoryId = "story_id";
    public const string Source = "source";
    public const string Title = "title";
    public const string Outlet = "outlet";

    /// <summary>The outlet lower-cased, for case-insensitive filters (keyword matches are exact).</summary>
    public const string OutletKey = "outlet_key";

    public const string Url = "url";

    /// <summary>RFC 3339 with the original offset, so it filters as a datetime and round-trips exactly.</summary>
    public const string Published = "published";

    public const string Author = "author";
    public const string ContentHash = "content_hash";
    public const string Ordinal = "ordinal";
    public const string TextField = "text";
    public const string Start = "start";
    public const string End = "end";
    public const string ChunkCount = "chunk_count";

    /// <summary>A chunk's distinct terms, so document frequencies are exact counts with a filter.</summary>
    public const string Terms = "terms";

    /// <summary>A chunk's sentences and their terms (<see cref="PassageSentences.Encode"/>), so answering does not re-split it.</summary>
    public const string Sentences = "sentences";

    /// <summary>Payload indexes created with the collection: field name and schema type.</summary>
    public static readonly IReadOnlyList<(string Field, PayloadSchemaType Schema)> Indexes =
    [
        (Kind, PayloadSchemaType.Keyword),
        (StoryId, PayloadSchemaType.Keyword),
        (Source, PayloadSchemaType.Keyword),
        (OutletKey, PayloadSchemaType.Keyword),
        (Published, PayloadSchemaType.Datetime),
        (Ordinal, PayloadSchemaType.Integer),
        (Terms, PayloadSchemaType.Keyword),
    ];

    /// <summary>What a search hit needs back: everything but the full text and the term list.</summary>
    public static readonly string[] ChunkHitFields =
        [StoryId, Source, Title, Outlet, Url, Published, Author, ContentHash, Ordinal, TextField, Start, End, Sentences];

    public static readonly string[] ListingFields =
        [StoryId, Source, Title, Outlet, Url, Published, Author, ContentHash, ChunkCount];
}
