using System.Text.Json.Nodes;
using static ChatBot.Core.Index.Qdrant.QdrantFields;

namespace ChatBot.Core.Index.Qdrant;

/// <summary>
/// The body of <c>POST /collections/{name}/points/query</c>: one prefetch per vector (the sparse BM25 vector
/// always, the dense vector when the query has one and the collection holds them), fused with RRF.
/// </summary>
internal static class QdrantSearchRequest
{
    /// <summary>Each prefetch fetches more candidates than asked for, so fusion can promote a chunk ranked lower in one list.</summary>
    private const int CandidateFactor = 3;

    /// <summary>The request body; null when the query cannot match anything.</summary>
    public static JsonObject? Build(IndexQuery query, int? denseVectorSize)
    {
        if (query.Limit <= 0) return null;
        var filter = QdrantFilters.Search(query.Filter);
        if (filter is null) return null;

        var candidates = Math.Max(query.Limit * CandidateFactor, 20);
        var prefetches = new JsonArray();
        var sparse = Bm25SparseEncoder.ForQuery(query.Terms);
        if (sparse.Indices.Count > 0)
        {
            prefetches.Add(Prefetch(QdrantPoints.Sparse(sparse), SparseVectorName, filter, candidates));
        }

        if (query.Vector is { } vector && denseVectorSize is { } size)
        {
            if (vector.Length != size)
            {
                throw new ArgumentException($"The query vector must have {size} dimensions (ChatBot:Index:Qdrant:DenseVectorSize).", nameof(query));
            }

            prefetches.Add(Prefetch(new JsonArray(vector.Select(v => (JsonNode)v).ToArray()), DenseVectorName, filter, candidates));
        }

        if (prefetches.Count == 0) return null;
        return new JsonObject
        {
            ["prefetch"] = prefetches,
            ["query"] = new JsonObject { ["fusion"] = "rrf" },
            ["filter"] = filter,
            ["limit"] = query.Limit,
            ["with_payload"] = new JsonArray(ChunkHitFields.Select(f => (JsonNode)f).ToArray()),
            ["with_vector"] = false,
        };
    }

    private static JsonObject Prefetch(JsonNode vector, string vectorName, JsonObject filter, int limit) => new()
    {
        ["query"] = vector,
        ["using"] = vectorName,
        ["filter"] = filter.DeepClone(),
        ["limit"] = limit,
    };
}
