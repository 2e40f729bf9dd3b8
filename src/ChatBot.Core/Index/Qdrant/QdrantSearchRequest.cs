using Qdrant.Client.Grpc;
using static ChatBot.Core.Index.Qdrant.QdrantFields;

namespace ChatBot.Core.Index.Qdrant;

/// <summary>
/// A query: one prefetch per vector (the sparse BM25 vector when the query has terms, the dense vector when it
/// has one and the collection holds them), fused with RRF when there are two, the filter on each prefetch and on
/// the result. A single prefetch is sent as the query itself.
/// </summary>
internal sealed record QdrantSearchRequest(IReadOnlyList<PrefetchQuery> Prefetches, Filter Filter, ulong Limit)
{
    /// <summary>Each prefetch fetches more candidates than asked for, so fusion can promote a chunk ranked lower in one list.</summary>
    private const int CandidateFactor = 3;

    /// <summary>The fusion of the prefetches.</summary>
    public static Query Fusion { get; } = new() { Fusion = global::Qdrant.Client.Grpc.Fusion.Rrf };

    /// <summary>The payload a hit needs, and no more: a chunk's full term list would only cost bandwidth.</summary>
    public static WithPayloadSelector Payload { get; } = new() { Include = new PayloadIncludeSelector { Fields = { ChunkHitFields } } };

    /// <summary>The request; null when the query cannot match anything.</summary>
    public static QdrantSearchRequest? Build(IndexQuery query, int? denseVectorSize)
    {
        if (query.Limit <= 0) return null;
        var filter = QdrantFilters.Search(query.Filter);
        if (filter is null) return null;

        var candidates = (ulong)Math.Max(query.Limit * CandidateFactor, 20);
        var prefetches = new List<PrefetchQuery>();
        var sparse = Bm25SparseEncoder.ForQuery(query.Terms);
        if (sparse.Indices.Count > 0)
        {
            var input = new VectorInput { Sparse = new global::Qdrant.Client.Grpc.SparseVector { Indices = { sparse.Indices }, Values = { sparse.Values } } };
            prefetches.Add(Prefetch(input, SparseVectorName, filter, candidates));
        }

        if (query.Vector is { } vector && denseVectorSize is { } size)
        {
            if (vector.Length != size)
            {
                throw new ArgumentException($"The query vector must have {size} dimensions (ChatBot:Index:Qdrant:DenseVectorSize).", nameof(query));
            }

            prefetches.Add(Prefetch(new VectorInput { Dense = new DenseVector { Data = { vector } } }, DenseVectorName, filter, candidates));
        }

        return prefetches.Count == 0 ? null : new QdrantSearchRequest(prefetches, filter, (ulong)query.Limit);
    }

    private static PrefetchQuery Prefetch(VectorInput vector, string vectorName, Filter filter, ulong limit) => new()
    {
        Query = new Query { Nearest = vector },
        Using = vectorName,
        Filter = filter.Clone(),
        Limit = limit,
    };
}
