using System.Text.Json.Nodes;

namespace ChatBot.Core.Tests.Index.Qdrant.Fake;

/// <summary>
/// <c>POST /points/query</c> as Qdrant documents it: each prefetch is a nearest search on one named vector
/// (dense: cosine; sparse: dot product over shared indices, each query weight multiplied by the term's IDF when
/// the vector has <c>modifier: idf</c>), and <c>fusion: rrf</c> scores a point Σ 1 / (k + rank), rank from 0, k = 2.
/// </summary>
public static class FakeQueryEngine
{
    private const int DefaultRrfK = 2;

    public static JsonObject Query(FakeCollection collection, JsonObject request)
    {
        var limit = request["limit"]?.GetValue<int>() ?? 10;
        var offset = request["offset"]?.GetValue<int>() ?? 0;
        List<(FakePoint Point, double Score)> ranked;
        var prefetches = request["prefetch"] switch
        {
            JsonArray array => array.OfType<JsonObject>().ToList(),
            JsonObject single => [single],
            _ => [],
        };
        if (prefetches.Count > 0)
        {
            var lists = prefetches.Select(p => Nearest(collection, p, p["limit"]?.GetValue<int>() ?? 10)).ToList();
            ranked = Fuse(request["query"], lists)
                .Where(h => FakeFilter.Matches(request["filter"], h.Point))
                .ToList();
        }
        else
        {
            ranked = Nearest(collection, request, int.MaxValue);
        }

        var withPayload = request["with_payload"] ?? false;
        var points = ranked.Skip(offset).Take(limit)
            .Select(h => (JsonNode)FakeCollection.Record(h.Point, withPayload, h.Score))
            .ToArray();
        return new JsonObject { ["points"] = new JsonArray(points) };
    }

    private static List<(FakePoint Point, double Score)> Fuse(JsonNode? query, List<List<(FakePoint Point, double Score)>> lists)
    {
        var k = query?["rrf"]?["k"]?.GetValue<int>() ?? DefaultRrfK;
        var isRrf = query?["fusion"]?.GetValue<string>() == "rrf" || query?["rrf"] is not null;
        if (!isRrf) throw new FakeQdrantException(400, $"The fake Qdrant fuses prefetches with rrf only, not {query?.ToJsonString()}");

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

    private static List<(FakePoint Point, double Score)> Nearest(FakeCollection collection, JsonObject search, int limit)
    {
        var query = search["query"] is JsonObject { } wrapped && wrapped["nearest"] is { } nearest ? nearest : search["query"];
        var vectorName = search["using"]?.GetValue<string>() ?? "";
        var candidates = collection.Points.Where(p => FakeFilter.Matches(search["filter"], p));
        IEnumerable<(FakePoint Point, double Score)> scored = query switch
        {
            JsonArray dense => DenseScores(collection, vectorName, dense, candidates),
            JsonObject sparse when sparse.ContainsKey("indices") => SparseScores(collection, vectorName, sparse, candidates),
            _ => throw new FakeQdrantException(400, $"The fake Qdrant does not implement the query {query?.ToJsonString()}"),
        };
        return Order(scored).Take(limit).ToList();
    }

    private static IEnumerable<(FakePoint, double)> DenseScores(FakeCollection collection, string name, JsonArray vector, IEnumerable<FakePoint> candidates)
    {
        if (!collection.DenseSizes.TryGetValue(name, out var size)) throw new FakeQdrantException(400, $"Wrong input: Not existing vector name error: {name}");
        var query = vector.Select(v => v!.GetValue<float>()).ToArray();
        if (query.Length != size) throw new FakeQdrantException(400, $"Wrong input: Vector dimension error: expected dim: {size}, got {query.Length}");

        foreach (var point in candidates)
        {
            if (point.Dense.TryGetValue(name, out var stored)) yield return (point, Cosine(query, stored));
        }
    }

    private static IEnumerable<(FakePoint, double)> SparseScores(FakeCollection collection, string name, JsonObject vector, IEnumerable<FakePoint> candidates)
    {
        if (!collection.SparseModifiers.TryGetValue(name, out var modifier)) throw new FakeQdrantException(400, $"Wrong input: Not existing vector name error: {name}");
        var indices = (vector["indices"] as JsonArray ?? []).Select(i => i!.GetValue<uint>()).ToList();
        var values = (vector["values"] as JsonArray ?? []).Select(v => v!.GetValue<float>()).ToList();
        var withVector = collection.Points.Where(p => p.Sparse.ContainsKey(name)).ToList();
        var weights = new Dictionary<uint, double>();
        for (var i = 0; i < indices.Count; i++)
        {
            weights[indices[i]] = modifier == "idf" ? values[i] * Idf(withVector, name, indices[i]) : values[i];
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
}
