using Google.Protobuf.Collections;
using Grpc.Core;
using Qdrant.Client.Grpc;

namespace ChatBot.Testing.Qdrant;

/// <summary>
/// One collection of the fake Qdrant: its configuration, payload indexes and points, with the point operations
/// the client uses (upsert, get, delete, scroll, count). Queries are in <see cref="FakeQueryEngine"/>.
/// </summary>
public sealed class FakeCollection
{
    private readonly SortedDictionary<string, FakePoint> _points = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PayloadSchemaType> _payloadIndexes = new(StringComparer.Ordinal);

    public FakeCollection(CreateCollection request)
    {
        Request = request.Clone();
        switch (request.VectorsConfig?.ConfigCase)
        {
            case VectorsConfig.ConfigOneofCase.Params:
                DenseSizes[""] = (int)request.VectorsConfig.Params.Size;
                break;
            case VectorsConfig.ConfigOneofCase.ParamsMap:
                foreach (var (name, config) in request.VectorsConfig.ParamsMap.Map) DenseSizes[name] = (int)config.Size;
                break;
        }

        foreach (var (name, config) in request.SparseVectorsConfig?.Map ?? []) SparseModifiers[name] = config.Modifier;
    }

    /// <summary>The create request as the client sent it.</summary>
    public CreateCollection Request { get; }

    public Dictionary<string, int> DenseSizes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Modifier> SparseModifiers { get; } = new(StringComparer.Ordinal);

    public IReadOnlyCollection<FakePoint> Points => _points.Values;

    public IReadOnlyDictionary<string, PayloadSchemaType> PayloadIndexes => _payloadIndexes;

    /// <summary>What <c>Collections/Get</c> returns: the parameters as created (Qdrant's defaults where unset) and the payload schema.</summary>
    public CollectionInfo Info()
    {
        var parameters = new CollectionParams
        {
            ShardNumber = Request.HasShardNumber ? Request.ShardNumber : 1,
            ReplicationFactor = Request.HasReplicationFactor ? Request.ReplicationFactor : 1,
            WriteConsistencyFactor = 1,
            VectorsConfig = Request.VectorsConfig?.Clone(),
            SparseVectorsConfig = Request.SparseVectorsConfig?.Clone(),
        };
        var info = new CollectionInfo
        {
            Status = CollectionStatus.Green,
            OptimizerStatus = new OptimizerStatus { Ok = true },
            SegmentsCount = 1,
            PointsCount = (ulong)_points.Count,
            Config = new CollectionConfig { Params = parameters },
        };
        foreach (var (field, type) in _payloadIndexes)
        {
            info.PayloadSchema[field] = new PayloadSchemaInfo { DataType = type, Points = (ulong)_points.Values.Count(p => p.Payload.ContainsKey(field)) };
        }

        return info;
    }

    public void CreatePayloadIndex(CreateFieldIndexCollection request)
    {
        if (string.IsNullOrEmpty(request.FieldName)) throw InvalidArgument("field_name is required");
        _payloadIndexes[request.FieldName] = request.FieldType switch
        {
            FieldType.Keyword => PayloadSchemaType.Keyword,
            FieldType.Integer => PayloadSchemaType.Integer,
            FieldType.Float => PayloadSchemaType.Float,
            FieldType.Datetime => PayloadSchemaType.Datetime,
            FieldType.Bool => PayloadSchemaType.Bool,
            FieldType.Text => PayloadSchemaType.Text,
            FieldType.Uuid => PayloadSchemaType.Uuid,
            _ => throw InvalidArgument($"The fake Qdrant does not index {request.FieldType}"),
        };
    }

    public void Upsert(UpsertPoints request)
    {
        // Qdrant checks the whole batch before applying any of it.
        var parsed = request.Points.Select(ParsePoint).ToList();
        foreach (var point in parsed) _points[point.Id] = point;
    }

    public void Delete(DeletePoints request)
    {
        var selector = request.Points ?? throw InvalidArgument("Delete needs points or a filter");
        if (selector.PointsSelectorOneOfCase == PointsSelector.PointsSelectorOneOfOneofCase.Points)
        {
            foreach (var id in selector.Points.Ids) _points.Remove(FakeIds.Canonical(id));
            return;
        }

        foreach (var point in _points.Values.Where(p => FakeFilter.Matches(selector.Filter, p)).ToList()) _points.Remove(point.Id);
    }

    public IEnumerable<RetrievedPoint> Get(GetPoints request)
    {
        foreach (var id in request.Ids)
        {
            if (_points.TryGetValue(FakeIds.Canonical(id), out var point)) yield return Retrieved(point, request.WithPayload);
        }
    }

    public ulong Count(CountPoints request) => (ulong)_points.Values.Count(p => FakeFilter.Matches(request.Filter, p));

    /// <summary>Points in id order, from <c>offset</c> on, with the id of the next page's first point.</summary>
    public ScrollResponse Scroll(ScrollPoints request)
    {
        var limit = request.HasLimit ? (int)request.Limit : 10;
        var offset = request.Offset is { } o ? FakeIds.Canonical(o) : null;
        var matching = _points.Values
            .Where(p => offset is null || string.CompareOrdinal(p.Id, offset) >= 0)
            .Where(p => FakeFilter.Matches(request.Filter, p))
            .Take(limit + 1)
            .ToList();
        var response = new ScrollResponse { Result = { matching.Take(limit).Select(p => Retrieved(p, request.WithPayload)) } };
        if (matching.Count > limit) response.NextPageOffset = FakeIds.ToPointId(matching[limit].Id);
        return response;
    }

    public static RetrievedPoint Retrieved(FakePoint point, WithPayloadSelector? withPayload)
    {
        var retrieved = new RetrievedPoint { Id = FakeIds.ToPointId(point.Id) };
        retrieved.Payload.Add(SelectPayload(point.Payload, withPayload));
        return retrieved;
    }

    public static ScoredPoint Scored(FakePoint point, WithPayloadSelector? withPayload, double score)
    {
        var scored = new ScoredPoint { Id = FakeIds.ToPointId(point.Id), Score = (float)score, Version = 0 };
        scored.Payload.Add(SelectPayload(point.Payload, withPayload));
        return scored;
    }

    /// <summary>The payload fields the selector asks for; none when it is absent, as Qdrant's gRPC API has it.</summary>
    private static Dictionary<string, Value> SelectPayload(MapField<string, Value> payload, WithPayloadSelector? selector)
    {
        bool Keep(string key) => selector?.SelectorOptionsCase switch
        {
            WithPayloadSelector.SelectorOptionsOneofCase.Enable => selector.Enable,
            WithPayloadSelector.SelectorOptionsOneofCase.Include => selector.Include.Fields.Contains(key),
            WithPayloadSelector.SelectorOptionsOneofCase.Exclude => !selector.Exclude.Fields.Contains(key),
            _ => false,
        };

        return payload.Where(p => Keep(p.Key)).ToDictionary(p => p.Key, p => p.Value.Clone(), StringComparer.Ordinal);
    }

    private FakePoint ParsePoint(PointStruct point)
    {
        var id = FakeIds.Canonical(point.Id ?? throw InvalidArgument("point id is required"));
        var dense = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var sparse = new Dictionary<string, IReadOnlyDictionary<uint, float>>(StringComparer.Ordinal);
        switch (point.Vectors?.VectorsOptionsCase)
        {
            case Vectors.VectorsOptionsOneofCase.Vector:
                AddVector("", point.Vectors.Vector, dense, sparse);
                break;
            case Vectors.VectorsOptionsOneofCase.Vectors_:
                foreach (var (name, vector) in point.Vectors.Vectors_.Vectors) AddVector(name, vector, dense, sparse);
                break;
            default:
                throw InvalidArgument("Validation error in body: vectors are required");
        }

        var payload = new MapField<string, Value>();
        payload.Add(point.Payload.ToDictionary(p => p.Key, p => p.Value.Clone(), StringComparer.Ordinal));
        return new FakePoint(id, payload, dense, sparse);
    }

    /// <summary>A vector in either wire form: the current <c>dense</c>/<c>sparse</c> oneof, or the older <c>data</c> (+ <c>indices</c>).</summary>
    private void AddVector(string name, Vector vector, Dictionary<string, float[]> dense, Dictionary<string, IReadOnlyDictionary<uint, float>> sparse)
    {
        if (vector.VectorCase == Vector.VectorOneofCase.Sparse) sparse[name] = CheckSparse(name, vector.Sparse.Indices, vector.Sparse.Values);
        else if (vector.VectorCase == Vector.VectorOneofCase.Dense) dense[name] = CheckDense(name, vector.Dense.Data);
#pragma warning disable CS0612 // The older wire form is still accepted by Qdrant, so the fake accepts it too.
        else if (vector.Indices is { } indices) sparse[name] = CheckSparse(name, indices.Data, vector.Data);
        else if (vector.Data.Count > 0) dense[name] = CheckDense(name, vector.Data);
#pragma warning restore CS0612
        else throw InvalidArgument($"Wrong input: vector {name} has an unknown form");
    }

    private float[] CheckDense(string name, IReadOnlyList<float> values)
    {
        if (!DenseSizes.TryGetValue(name, out var size)) throw InvalidArgument($"Wrong input: Not existing vector name error: {name}");
        if (values.Count != size) throw InvalidArgument($"Wrong input: Vector dimension error: expected dim: {size}, got {values.Count}");
        return values.ToArray();
    }

    private IReadOnlyDictionary<uint, float> CheckSparse(string name, IReadOnlyList<uint> indices, IReadOnlyList<float> values)
    {
        if (!SparseModifiers.ContainsKey(name)) throw InvalidArgument($"Wrong input: Not existing vector name error: {name}");
        if (indices.Count != values.Count) throw InvalidArgument("Wrong input: indices and values must have the same length");
        if (indices.Distinct().Count() != indices.Count) throw InvalidArgument("Wrong input: indices must be unique");
        return indices.Zip(values).ToDictionary(p => p.First, p => p.Second);
    }

    private static RpcException InvalidArgument(string message) => new(new Status(StatusCode.InvalidArgument, message));
}
