using ChatBot.Core.Index.Qdrant;

namespace ChatBot.Core.Tests.Index.Qdrant;

/// <summary>Qdrant indexes on the fixture's loopback Qdrant, each on a collection of its own.</summary>
internal static class FakeQdrantIndexes
{
    private static int _next;

    public static (QdrantStoryIndex Index, QdrantOptions Options) Create(FakeQdrantFixture fixture, Action<QdrantOptions>? configure = null)
    {
        var options = new QdrantOptions { Url = fixture.Server.Url, Collection = $"test_{Interlocked.Increment(ref _next)}" };
        configure?.Invoke(options);
        return (new QdrantStoryIndex(fixture.Client, options), options);
    }

    public static List<RecordedGrpcCall> SentTo(this FakeQdrantServer server, QdrantOptions options) =>
        server.Requests.Where(r => r.Collection == options.Collection).ToList();
}
