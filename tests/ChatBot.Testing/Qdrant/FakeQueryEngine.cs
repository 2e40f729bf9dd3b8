using Grpc.Core;
using Qdrant.Client.Grpc;

namespace ChatBot.Testing.Qdrant;

/// <summary>
/// <c>Points/Query</c> as Qdrant documents it: each prefetch is a nearest search
/// on one named vector (dense: cosine; sparse: dot product over shared indices, each query weight multiplied by
/// the term's IDF when the vector has <c>modifier: idf</c>), and RRF fusion scores a point Σ 1 / (k + rank),
/// rank from 0, k = 2 unless the query says otherwise.
/// </summary>
public static class FakeQueryEngine
{
    private const uint DefaultRrfK = 2;

    public static IEnumerable<ScoredPoint> Query(FakeCollection collection, QueryPoints request)
    {
        var ranked = Rank(collection, request.Prefetch, request.Query, request.Using, request.Filter);
        var limit = request.HasLimit ? (int)request.Limit : 10;
        var offset = request.HasOffset ? (int)request.Offset : 0;
        return ranked.Skip(offset).Take(limit).Select(h => FakeCollection.Scored(h.Point, request.WithPayload, h.Score));
    }

    private static List<(FakePoint Point, double Score)> Rank(
        FakeCollection collection, IReadOnlyList<PrefetchQuery> prefetches, Query? query, string vectorName, Filter? filter)
    {
        if (prefetches.Count == 0) return Nearest(collection, query, vectorName, filter, int.MaxValue);

        var lists = prefetches
            .Select(p => Nearest(collection, p.Query, p.Using, p.Filter, p.HasLimit ? (int)p.Limit : 10))
            .ToList();
        return Fuse(query, lists).Where(h => FakeFilter.Matches(filter, h.Point)).ToList();
    }

    private static List<(FakePoint Point, double Score)> Fuse(Query? query, List<List<(FakePoint Point, double Score)>> lists)
    {
        var k = query?.VariantCase switch
        {
            global::Qdrant.Client.Grpc.Query.VariantOneofCase.Fusion when query.Fusion == Fusion.Rrf => DefaultRrfK,
            global::Qdrant.Client.Grpc.Query.VariantOneofCase.Rrf => query.Rrf.HasK ? query.Rrf.K : DefaultRrfK,
            _ => throw new RpcException(new Status(StatusCode.Unimplemented, $"The fake Qdrant fuses prefetches with rrf only, not {query}")),
        };

        var scores = new Dictionary<string, (FakePoint Point, double Score)>(StringComparer.Ordinal);
        foreach (var list in lists)
        {
            for (var rank = 0; rank < list.Count; rank++)
            {
                var point = list[rank].Point;
                var previous = scores.TryGetValue(point.Id, out var entry) ? entry.Score : 0;
                scores[point.Id] = (point, previous + 1.0 / (rank + k));
            }
        }

        return Order(scores.Values);
    }

    private static List<(FakePoint Point, double Score)> Nearest(FakeCollection collection, Query? query, string vectorName, Filter? filter, int limit)
    {
        if (query?.VariantCase != global::Qdrant.Client.Grpc.Query.VariantOneofCase.Nearest)
        {
            throw new RpcException(new Status(StatusCode.Unimplemented, $"The fake Qdrant does not implement the query {query}"));
        }

        var candidates = collection.Points.Where(p => FakeFilter.Matches(filter, p));
        var input = query.Nearest;
        IEnumerable<(FakePoint Point, double Score)> scored = input.VariantCase switch
        {
            VectorInput.VariantOneofCase.Dense => DenseScores(collection, vectorName, input.Dense.Data.ToArray(), candidates),
            VectorInput.VariantOneofCase.Sparse => SparseScores(collection, vectorName, input.Sparse, candidates),
            _ => throw new RpcException(new Status(StatusCode.Unimplemented, $"The fake Qdrant does not implement the input {input}")),
        };
        return Order(scored).Take(limit).ToList();
    }

    private static IEnumerable<(FakePoint, double)> DenseScores(FakeCollection collection, string name, float[] query, IEnumerable<FakePoint> candidates)
    {
        if (!collection.DenseSizes.TryGetValue(name, out var size)) throw InvalidArgument($"Wrong input: Not existing vector name error: {name}");
        if (query.Length != size) throw InvalidArgument($"Wrong input: Vector dimension error: expected dim: {size}, got {query.Length}");

        foreach (var point in candidates)
        {
            if (point.Dense.TryGetValue(name, out var stored)) yield return (point, Cosine(query, stored));
        }
    }

    private static IEnumerable<(FakePoint, double)> SparseScores(FakeCollection collection, string name, SparseVector vector, IEnumerable<FakePoint> candidates)
    {
        if (!collection.SparseModifiers.TryGetValue(name, out var modifier)) throw InvalidArgument($"Wrong input: Not existing vector name error: {name}");
        var withVector = collection.Points.Where(p => p.Sparse.ContainsKey(name)).ToList();
        var weights = new Dictionary<uint, double>();
        for (var i = 0; i < vector.Indices.Count; i++)
        {
            weights[vector.Indices[i]] = modifier == Modifier.Idf ? vector.Values[i] * Idf(withVector, name, vector.Indices[i]) : vector.Values[i];
        }

        foreach (var point in candidates)
        {
            if (!point.Sparse.TryGetValue(name, out var stored)) continue;
            var shared = weights.Keys.Where(stored.ContainsKey).ToList();
            if (shared.Count == 0) continue; // Qdrant returns only points sharing an index with the query.
            yield return (point, shared.Sum(i => weights[i] * stored[i]));
        }
    }

    /// <summary>
    /// Qdrant's IDF: ln((N − n + 0.5) / (n + 0.5) + 1), N the points indexed with that sparse vector (points without
    /// it, like the story points, do not count), n those of them with the index.
    /// </summary>
    public static double Idf(IReadOnlyCollection<FakePoint> pointsWithVector, string name, uint index)
    {
        var n = pointsWithVector.Count(p => p.Sparse[name].ContainsKey(index));
        return Math.Log((pointsWithVector.Count - n + 0.5) / (n + 0.5) + 1);
    }

    private static double Cosine(float[] a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }

        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    // Ties are broken by id so that the fake is deterministic (Qdrant leaves their order open).
    private static List<(FakePoint Point, double Score)> Order(IEnumerable<(FakePoint Point, double Score)> scored) =>
        scored.OrderByDescending(h => h.Score).ThenBy(h => h.Point.Id, StringComparer.Ordinal).ToList();

    private static RpcException InvalidArgument(string message) => new(new Status(StatusCode.InvalidArgument, message));
}
