using ChatBot.Core.Index;
using ChatBot.Core.Index.Qdrant;
using ChatBot.Core.Tests.Index.Qdrant.Fake;

namespace ChatBot.Core.Tests.Index.Qdrant;

/// <summary>
/// The conformance suite on <see cref="QdrantStoryIndex"/> against the loopback fake Qdrant. After each test,
/// every request body it sent must have validated against Qdrant's OpenAPI schema (or been recorded as
/// "validation skipped" when the schema file is absent).
/// </summary>
public sealed class FakeQdrantStoryIndexConformanceTests(FakeQdrantFixture fixture)
    : StoryIndexConformanceTests, IClassFixture<FakeQdrantFixture>
{
    private static int _collections;
    private readonly string _collection = $"conformance_{Interlocked.Increment(ref _collections)}";

    protected override Task<IStoryIndex> CreateIndexAsync() =>
        Task.FromResult<IStoryIndex>(new QdrantStoryIndex(fixture.HttpClient, new QdrantOptions { Url = fixture.Server.Url, Collection = _collection }));

    protected override Task DisposeIndexAsync()
    {
        var sent = fixture.Server.Requests.Where(r => r.Collection == _collection).ToList();
        Assert.NotEmpty(sent);
        Assert.All(sent, r => Assert.True(
            r.Validation is RecordedRequest.Valid or RecordedRequest.NoBody || r.Validation.StartsWith(RecordedRequest.SkippedPrefix, StringComparison.Ordinal),
            $"{r.Method} {r.Path}: {r.Validation}\n{r.Body}"));
        return Task.CompletedTask;
    }
}
