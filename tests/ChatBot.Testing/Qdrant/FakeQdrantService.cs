using Google.Protobuf;
using Grpc.Core;
using Qdrant.Client.Grpc;

namespace ChatBot.Testing.Qdrant;

/// <summary>
/// The calls of Qdrant's <c>qdrant.Collections</c> and <c>qdrant.Points</c> services that ChatBot makes, with
/// Qdrant's semantics and error statuses. Every call is recorded as decoded; the api-key is checked when one is
/// configured; a matching injected fault answers instead of the handler, once.
/// </summary>
public sealed class FakeQdrantService(string? apiKey)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, FakeCollection> _collections = new(StringComparer.Ordinal);
    private readonly RequestRecorder<RecordedGrpcCall> _requests = new();
    private readonly List<FakeFault> _faults = [];
    private ulong _operationId;

    public IReadOnlyList<RecordedGrpcCall> Requests => _requests.Snapshot();

    public FakeCollection? Collection(string name)
    {
        lock (_gate) return _collections.GetValueOrDefault(name);
    }

    public void CreateCollection(CreateCollection request)
    {
        lock (_gate) _collections[request.CollectionName] = new FakeCollection(request);
    }

    public void AddFault(FakeFault fault)
    {
        lock (_gate) _faults.Add(fault);
    }

    public Task<CollectionExistsResponse> CollectionExists(CollectionExistsRequest request, ServerCallContext context) =>
        Handle(context, request.CollectionName, request, () => new CollectionExistsResponse
        {
            Result = new CollectionExists { Exists = _collections.ContainsKey(request.CollectionName) },
        });

    public Task<GetCollectionInfoResponse> GetCollection(GetCollectionInfoRequest request, ServerCallContext context) =>
        Handle(context, request.CollectionName, request, () => new GetCollectionInfoResponse { Result = Existing(request.CollectionName).Info() });

    public Task<CollectionOperationResponse> CreateCollection(CreateCollection request, ServerCallContext context) =>
        Handle(context, request.CollectionName, request, () =>
        {
            if (_collections.ContainsKey(request.CollectionName))
            {
                throw new RpcException(new Status(StatusCode.AlreadyExists, $"Wrong input: Collection `{request.CollectionName}` already exists!"));
            }

            _collections[request.CollectionName] = new FakeCollection(request);
            return new CollectionOperationResponse { Result = true };
        });

    public Task<CollectionOperationResponse> DeleteCollection(DeleteCollection request, ServerCallContext context) =>
        Handle(context, request.CollectionName, request, () => new CollectionOperationResponse { Result = _collections.Remove(request.CollectionName) });

    public Task<PointsOperationResponse> CreateFieldIndex(CreateFieldIndexCollection request, ServerCallContext context) =>
        Handle(context, request.CollectionName, request, () =>
        {
            Existing(request.CollectionName).CreatePayloadIndex(request);
            return Updated(request.Wait);
        });

    public Task<PointsOperationResponse> Upsert(UpsertPoints request, ServerCallContext context) =>
        Handle(context, request.CollectionName, request, () =>
        {
            Existing(request.CollectionName).Upsert(request);
            return Updated(request.Wait);
        });

    public Task<PointsOperationResponse> Delete(DeletePoints request, ServerCallContext context) =>
        Handle(context, request.CollectionName, request, () =>
        {
            Existing(request.CollectionName).Delete(request);
            return Updated(request.Wait);
        });

    public Task<GetResponse> Get(GetPoints request, ServerCallContext context) =>
        Handle(context, request.CollectionName, request, () => new GetResponse { Result = { Existing(request.CollectionName).Get(request) } });

    public Task<CountResponse> Count(CountPoints request, ServerCallContext context) =>
        Handle(context, request.CollectionName, request, () => new CountResponse { Result = new CountResult { Count = Existing(request.CollectionName).Count(request) } });

    public Task<ScrollResponse> Scroll(ScrollPoints request, ServerCallContext context) =>
        Handle(context, request.CollectionName, request, () => Existing(request.CollectionName).Scroll(request));

    public Task<QueryResponse> Query(QueryPoints request, ServerCallContext context) =>
        Handle(context, request.CollectionName, request, () => new QueryResponse { Result = { FakeQueryEngine.Query(Existing(request.CollectionName), request) } });

    private Task<TResponse> Handle<TResponse>(ServerCallContext context, string collection, IMessage request, Func<TResponse> handler)
        where TResponse : IMessage
    {
        var sentKey = context.RequestHeaders.GetValue("api-key");
        var recorded = new RecordedGrpcCall(context.Method.TrimStart('/'), collection, request, sentKey);
        lock (_gate)
        {
            _requests.Add(recorded);
            if (apiKey is not null && sentKey != apiKey)
            {
                throw new RpcException(new Status(StatusCode.Unauthenticated, sentKey is null ? "Must provide an API key or an Authorization bearer token" : "Invalid api-key"));
            }

            var fault = _faults.FirstOrDefault(f => f.Matches(recorded));
            if (fault is not null)
            {
                _faults.Remove(fault);
                if (fault.Error is { } error) throw new RpcException(error);
                return Task.FromResult((TResponse)fault.Response!);
            }

            return Task.FromResult(handler());
        }
    }

    private FakeCollection Existing(string name) => _collections.GetValueOrDefault(name)
        ?? throw new RpcException(new Status(StatusCode.NotFound, $"Not found: Collection `{name}` doesn't exist!"));

    // Without wait Qdrant only acknowledges a write; the client must not take that for done.
    private PointsOperationResponse Updated(bool wait) => new()
    {
        Result = new UpdateResult { OperationId = ++_operationId, Status = wait ? UpdateStatus.Completed : UpdateStatus.Acknowledged },
    };
}
