using Google.Protobuf.Collections;
using Qdrant.Client.Grpc;

namespace ChatBot.Testing.Qdrant;

/// <summary>A stored point of the fake Qdrant: canonical id, payload, named dense and sparse vectors.</summary>
public sealed record FakePoint(
    string Id,
    MapField<string, Value> Payload,
    IReadOnlyDictionary<string, float[]> Dense,
    IReadOnlyDictionary<string, IReadOnlyDictionary<uint, float>> Sparse);
