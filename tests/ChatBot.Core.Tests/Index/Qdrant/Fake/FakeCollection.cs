using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatBot.Core.Tests.Index.Qdrant.Fake;

/// <summary>
/// One collection of the fake Qdrant: its configuration, payload indexes and points, with the point
/// operations the client uses (upsert, retrieve, delete, scroll, count). Queries are in <see cref="FakeQueryEngine"/>.
/// </summary>
public sealed class FakeCollection
{
    private readonly SortedDictionary<string, FakePoint> _points = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _payloadIndexes = new(StringComparer.Ordinal);

    public FakeCollection(JsonObject createBody)
    {
        CreateBody = createBody;
        if (createBody["vectors"] is JsonObject vectors)
        {
            if (vectors.ContainsKey("size")) DenseSizes[""] = vectors["size"]!.GetValue<int>();
            else foreach (var (name, config) in vectors) DenseSizes[name] = config!["size"]!.GetValue<int>();
        }

        if (createBody["sparse_vectors"] is JsonObject sparse)
        {
            foreach (var (name, config) in sparse) SparseModifiers[name] = config?["modifier"]?.GetValue<string>() ?? "none";
        }
    }

    public JsonObject CreateBody { get; }

    public Dictionary<string, int> DenseSizes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> SparseModifiers { get; } = new(StringComparer.Ordinal);

    public IReadOnlyCollection<FakePoint> Points => _points.Values;

    public IReadOnlyDictionary<string, string> PayloadIndexes => _payloadIndexes;

    /// <summary>What <c>GET /collections/{name}</c> returns.</summary>
    public JsonObject Info()
    {
        var parameters = new JsonObject
        {
            ["vectors"] = CreateBody["vectors"]?.DeepClone() ?? new JsonObject(),
            ["shard_number"] = CreateBody["shard_number"]?.DeepClone() ?? 1,
            ["replication_factor"] = CreateBody["replication_factor"]?.DeepClone() ?? 1,
            ["write_consistency_factor"] = 1,
            ["on_disk_payload"] = true,
            ["sparse_vectors"] = CreateBody["sparse_vectors"]?.DeepClone() ?? new JsonObject(),
        };
        var schema = new JsonObject();
        foreach (var (field, type) in _payloadIndexes)
        {
            schema[field] = new JsonObject { ["data_type"] = type, ["points"] = _points.Values.Count(p => p.Payload.ContainsKey(field)) };
        }

        return new JsonObject
        {
            ["status"] = "green",
            ["optimizer_status"] = "ok",
            ["indexed_vectors_count"] = 0,
            ["points_count"] = _points.Count,
            ["segments_count"] = 1,
            ["config"] = new JsonObject
            {
                ["params"] = parameters,
                ["hnsw_config"] = new JsonObject { ["m"] = 16, ["ef_construct"] = 100, ["full_scan_threshold"] = 10000 },
                ["optimizer_config"] = new JsonObject { ["deleted_threshold"] = 0.2, ["default_segment_number"] = 0 },
            },
            ["payload_schema"] = schema,
        };
    }

    public void CreatePayloadIndex(JsonObject body)
    {
        var field = body["field_name"]?.GetValue<string>() ?? throw new FakeQdrantException(400, "field_name is required");
        var schema = body["field_schema"] is JsonValue v && v.TryGetValue<string>(out var type) ? type : "keyword";
        _payloadIndexes[field] = schema;
    }

    public void Upsert(JsonObject body)
    {
        var points = body["points"] as JsonArray ?? throw new FakeQdrantException(400, "The fake Qdrant only takes the points-list form of upsert");
        var parsed = points.Select(p => ParsePoint(p as JsonObject ?? throw new FakeQdrantException(400, "point is not an object"))).ToList();

        // Qdrant checks the whole batch before applying any of it.
        foreach (var point in parsed) _points[point.Id] = point;
    }

    public void Delete(JsonObject body)
    {
        if (body["points"] is JsonArray ids)
        {
            foreach (var id in ids) _points.Remove(NormalizeId(id));
            return;
        }

        var filter = body["filter"] ?? throw new FakeQdrantException(400, "Delete needs points or filter");
        foreach (var point in _points.Values.Where(p => FakeFilter.Matches(filter, p)).ToList()) _points.Remove(point.Id);
    }

    public JsonArray Retrieve(JsonObject body)
    {
        var ids = body["ids"] as JsonArray ?? throw new FakeQdrantException(400, "ids is required");
        var found = new JsonArray();
        foreach (var id in ids)
        {
            if (_points.TryGetValue(NormalizeId(id), out var point)) found.Add(Record(point, body["with_payload"] ?? true));
        }

        return found;
    }

    public int Count(JsonObject body) => _points.Values.Count(p => FakeFilter.Matches(body["filter"], p));

    /// <summary>Points in id order, from <c>offset</c> on, with the id of the next page's first point.</summary>
    public JsonObject Scroll(JsonObject body)
    {
        var limit = body["limit"]?.GetValue<int>() ?? 10;
        var offset = body["offset"] is { } o ? NormalizeId(o) : null;
        var matching = _points.Values
            .Where(p => offset is null || string.CompareOrdinal(p.Id, offset) >= 0)
            .Where(p => FakeFilter.Matches(body["filter"], p))
            .Take(limit + 1)
            .ToList();
        var page = new JsonArray(matching.Take(limit).Select(p => (JsonNode)Record(p, body["with_payload"] ?? true)).ToArray());
        return new JsonObject
        {
            ["points"] = page,
            ["next_page_offset"] = matching.Count > limit ? matching[limit].Id : null,
        };
    }

    /// <summary>A point as Qdrant returns it, with the payload fields <paramref name="withPayload"/> selects.</summary>
    public static JsonObject Record(FakePoint point, JsonNode withPayload, double? score = null)
    {
        var record = new JsonObject { ["id"] = point.Id };
        if (score is { } s)
        {
            record["version"] = 0;
            record["score"] = s;
        }

        record["payload"] = SelectPayload(point.Payload, withPayload);
        return record;
    }

    private static JsonObject? SelectPayload(JsonObject payload, JsonNode withPayload)
    {
        if (withPayload.GetValueKind() == JsonValueKind.False) return null;
        if (withPayload.GetValueKind() == JsonValueKind.True) return (JsonObject)payload.DeepClone();

        var include = withPayload as JsonArray ?? (withPayload as JsonObject)?["include"] as JsonArray;
        var exclude = (withPayload as JsonObject)?["exclude"] as JsonArray;
        var selected = new JsonObject();
        foreach (var (key, value) in payload)
        {
            var keep = include is not null ? include.Any(k => k?.GetValue<string>() == key) : exclude?.All(k => k?.GetValue<string>() != key) ?? true;
            if (keep) selected[key] = value?.DeepClone();
        }

        return selected;
    }

    private FakePoint ParsePoint(JsonObject point)
    {
        var id = NormalizeId(point["id"]);
        var dense = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var sparse = new Dictionary<string, IReadOnlyDictionary<uint, float>>(StringComparer.Ordinal);
        switch (point["vector"])
        {
            case JsonArray single:
                dense[""] = CheckDense("", single);
                break;
            case JsonObject named:
                foreach (var (name, vector) in named)
                {
                    if (vector is JsonArray values) dense[name] = CheckDense(name, values);
                    else if (vector is JsonObject sparseVector) sparse[name] = CheckSparse(name, sparseVector);
                    else throw new FakeQdrantException(400, $"Wrong input: vector {name} has an unknown form");
                }

                break;
            default:
                throw new FakeQdrantException(400, "Format error in JSON body: missing field `vector`");
        }

        var payload = point["payload"] as JsonObject ?? [];
        return new FakePoint(id, (JsonObject)payload.DeepClone(), dense, sparse);
    }

    private float[] CheckDense(string name, JsonArray values)
    {
        if (!DenseSizes.TryGetValue(name, out var size)) throw new FakeQdrantException(400, $"Wrong input: Not existing vector name error: {name}");
        if (values.Count != size) throw new FakeQdrantException(400, $"Wrong input: Vector dimension error: expected dim: {size}, got {values.Count}");
        return values.Select(v => v!.GetValue<float>()).ToArray();
    }

    private IReadOnlyDictionary<uint, float> CheckSparse(string name, JsonObject vector)
    {
        if (!SparseModifiers.ContainsKey(name)) throw new FakeQdrantException(400, $"Wrong input: Not existing vector name error: {name}");
        var indices = (vector["indices"] as JsonArray ?? []).Select(i => i!.GetValue<uint>()).ToList();
        var values = (vector["values"] as JsonArray ?? []).Select(v => v!.GetValue<float>()).ToList();
        if (indices.Count != values.Count) throw new FakeQdrantException(400, "Wrong input: indices and values must have the same length");
        if (indices.Distinct().Count() != indices.Count) throw new FakeQdrantException(400, "Wrong input: indices must be unique");
        return indices.Zip(values).ToDictionary(p => p.First, p => p.Second);
    }

    /// <summary>Qdrant's point ids: unsigned integers or UUIDs, the latter compared in their canonical form.</summary>
    public static string NormalizeId(JsonNode? id)
    {
        if (id?.GetValueKind() == JsonValueKind.Number) return id.GetValue<ulong>().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var text = id?.GetValueKind() == JsonValueKind.String ? id.GetValue<string>() : null;
        if (text is null || !Guid.TryParse(text, out var uuid)) throw new FakeQdrantException(400, $"Format error in JSON body: unable to parse point id {id?.ToJsonString()}");
        return uuid.ToString("D");
    }
}
