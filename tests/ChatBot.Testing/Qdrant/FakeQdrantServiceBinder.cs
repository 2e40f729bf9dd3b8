using Google.Protobuf;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;
using Qdrant.Client.Grpc;

namespace ChatBot.Testing.Qdrant;

/// <summary>
/// Binds <see cref="FakeQdrantService"/> to Qdrant's gRPC method names with the client's own generated message
/// types and parsers, so what crosses the loopback is the real wire format. Unbound methods answer Unimplemented.
/// </summary>
internal sealed class FakeQdrantServiceBinder : IServiceMethodProvider<FakeQdrantService>
{
    private const string Collections = "qdrant.Collections";
    private const string Points = "qdrant.Points";

    public void OnServiceMethodDiscovery(ServiceMethodProviderContext<FakeQdrantService> context)
    {
        Bind(context, Collections, "CollectionExists", CollectionExistsRequest.Parser, CollectionExistsResponse.Parser, (s, r, c) => s.CollectionExists(r, c));
        Bind(context, Collections, "Get", GetCollectionInfoRequest.Parser, GetCollectionInfoResponse.Parser, (s, r, c) => s.GetCollection(r, c));
        Bind(context, Collections, "Create", CreateCollection.Parser, CollectionOperationResponse.Parser, (s, r, c) => s.CreateCollection(r, c));
        Bind(context, Collections, "Delete", DeleteCollection.Parser, CollectionOperationResponse.Parser, (s, r, c) => s.DeleteCollection(r, c));
        Bind(context, Points, "CreateFieldIndex", CreateFieldIndexCollection.Parser, PointsOperationResponse.Parser, (s, r, c) => s.CreateFieldIndex(r, c));
        Bind(context, Points, "Upsert", UpsertPoints.Parser, PointsOperationResponse.Parser, (s, r, c) => s.Upsert(r, c));
        Bind(context, Points, "Delete", DeletePoints.Parser, PointsOperationResponse.Parser, (s, r, c) => s.Delete(r, c));
        Bind(context, Points, "Get", GetPoints.Parser, GetResponse.Parser, (s, r, c) => s.Get(r, c));
        Bind(context, Points, "Count", CountPoints.Parser, CountResponse.Parser, (s, r, c) => s.Count(r, c));
        Bind(context, Points, "Scroll", ScrollPoints.Parser, ScrollResponse.Parser, (s, r, c) => s.Scroll(r, c));
        Bind(context, Points, "Query", QueryPoints.Parser, QueryResponse.Parser, (s, r, c) => s.Query(r, c));
    }

    private static void Bind<TRequest, TResponse>(
        ServiceMethodProviderContext<FakeQdrantService> context,
        string service,
        string name,
        MessageParser<TRequest> requestParser,
        MessageParser<TResponse> responseParser,
        UnaryServerMethod<FakeQdrantService, TRequest, TResponse> handler)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>
    {
        var method = new Method<TRequest, TResponse>(
            MethodType.Unary,
            service,
            name,
            Marshallers.Create(m => m.ToByteArray(), requestParser.ParseFrom),
            Marshallers.Create(m => m.ToByteArray(), responseParser.ParseFrom));
        context.AddUnaryMethod(method, [], handler);
    }
}
