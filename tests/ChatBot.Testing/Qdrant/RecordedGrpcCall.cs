using Google.Protobuf;

namespace ChatBot.Testing.Qdrant;

/// <summary>A call the fake Qdrant received, as decoded from the wire.</summary>
/// <param name="Method">The gRPC method, e.g. <c>qdrant.Points/Upsert</c>.</param>
/// <param name="Collection">The collection the call addressed, if any.</param>
/// <param name="ApiKey">The <c>api-key</c> metadata, if sent.</param>
public sealed record RecordedGrpcCall(string Method, string? Collection, IMessage Request, string? ApiKey)
{
    /// <summary>The request as the client built it, typed.</summary>
    public T As<T>() where T : IMessage => (T)Request;
}
