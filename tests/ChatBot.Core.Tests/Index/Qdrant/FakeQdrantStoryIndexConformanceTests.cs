using ChatBot.Core.Index;
using ChatBot.Core.Index.Qdrant;

namespace ChatBot.Core.Tests.Index.Qdrant;

/// <summary>
/// The conformance suite on <see cref="QdrantStoryIndex"/> against the loopback gRPC Qdrant, one collection per test.
/// </summary>
public sealed class FakeQdrantStoryIndexConformanceTests(FakeQdrantFixture fixture)
    : StoryIndexConformanceTests, IClassFixture<FakeQdrantFixture>
{
    private static int _collections;
    private readonly string _collection = $"conformance_{Interlocked.Increment(ref _collections)}";

    protected override Task<IStoryIndex> CreateIndexAsync() =>
        Task.FromResult<IStoryIndex>(new QdrantStoryIndex(fixture.Client, new QdrantOptions { Url = fixture.Server.Url, Collection = _collection }));

    protected override Task DisposeIndexAsync()
    {
        // The suite went through the wire: a test that never reached the fake would prove nothing about Qdrant.
        Assert.Contains(fixture.Server.Requests, r => r.Collection == _collection);
        return Task.CompletedTask;
    }
}
