namespace ChatBot.Core.Tests.Index.Qdrant.Fake;

/// <summary>A request the fake Qdrant rejects, with the HTTP status and <c>status.error</c> real Qdrant would give.</summary>
public sealed class FakeQdrantException(int statusCode, string error) : Exception(error)
{
    public int StatusCode { get; } = statusCode;
}
