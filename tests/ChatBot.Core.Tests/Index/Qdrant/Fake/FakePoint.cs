using System.Text.Json.Nodes;

namespace ChatBot.Core.Tests.Index.Qdrant.Fake;

/// <summary>A stored point of the fake Qdrant: id, payload, named dense and sparse vectors.</summary>
public sealed record FakePoint(
    string Id,
    JsonObject Payload,
    IReadOnlyDictionary<string, float[]> Dense,
    IReadOnlyDictionary<string, IReadOnlyDictionary<uint, float>> Sparse);
