using Qdrant.Client.Grpc;
using static ChatBot.Core.Index.Qdrant.QdrantFields;

namespace ChatBot.Core.Index.Qdrant;

/// <summary>
/// One ranking, sent as a nearest-neighbour query on one named vector: the dense vector when the query has one
/// (and the collection holds them), else the sparse BM25 vector of its terms; the filter applied to it. The
/// hits keep their scores; rankings are fused by the retriever, the same on either provider.
/// </summary>
internal sealed record QdrantSearchRequest(Query Query, string Using, Filter Filter, ulong Limit)
{
    /// <summary>The payload a hit needs, and no more: a chunk's full term list would only cost bandwidth.</summary>
    public static WithPayloadSelector Payload { get; } = new() { Include = new PayloadIncludeSelector { Fields = { ChunkHitFields } } };

    /// <summary>The request; null when the query cannot match anything.</summary>
    public static QdrantSearchRequest? Build(IndexQuery query, int? denseVectorSize)
    {
        if (query.Limit <= 0) return null;
        var filter = QdrantFilters.Search(query.Filter);
        if (filter is null) return null;

        if (query.Vector is { } vector)
        {
            if (denseVectorSize is not { } size) return null;
            if (vector.Length != size)
            {
                throw new ArgumentException($"The query vector must have {size} dimensions (ChatBot:Index:Qdrant:DenseVectorSize).", nameof(query));
            }

            return new QdrantSearchRequest(Nearest(new VectorInput { Dense = new DenseVector { Data = { vector } } }), DenseVectorName, filter, (ulong)query.Limit);
        }

        var sparse = Bm25SparseEncoder.ForQuery(query.Terms);
        if (sparse.Indices.Count == 0) return null;
        var input = new VectorInput { Sparse = new global::Qdrant.Client.Grpc.SparseVector { Indices = { sparse.Indices }, Values = { sparse.Values } } };
        return new QdrantSearchRequest(Nearest(input), SparseVectorName, filter, (ulong)query.Limit);
    }

    private static Query Nearest(VectorInput vector) => new() { Nearest = vector };
}
