using ChatBot.Core.Index;
using ChatBot.Core.Index.Qdrant;
using Qdrant.Client;

namespace ChatBot.Core.Tests.Index.Qdrant;

/// <summary>
/// The conformance suite against a real Qdrant's gRPC endpoint at <c>QDRANT_URL</c> (API key from
/// <c>QDRANT_API_KEY</c>, if any). Each test uses its own collection and deletes it afterwards. Skipped, visibly,
/// when <c>QDRANT_URL</c> is unset.
/// </summary>
[RequiresEnvironmentVariable("QDRANT_URL", "set it to a Qdrant gRPC endpoint (e.g. http://localhost:6334) to run the story index conformance suite against a real Qdrant.")]
public sealed class LiveQdrantStoryIndexConformanceTests : StoryIndexConformanceTests, IDisposable
{
    private readonly QdrantOptions _options = new()
    {
        Url = Environment.GetEnvironmentVariable("QDRANT_URL") ?? "http://localhost:6334",
        ApiKey = Environment.GetEnvironmentVariable("QDRANT_API_KEY"),
        Collection = $"chatbot_conformance_{Guid.NewGuid():N}",
    };

    private readonly Lazy<QdrantClient> _client;

    public LiveQdrantStoryIndexConformanceTests() => _client = new(() => QdrantClients.Create(_options));

    protected override Task<IStoryIndex> CreateIndexAsync() => Task.FromResult<IStoryIndex>(new QdrantStoryIndex(_client.Value, _options));

    protected override async Task DisposeIndexAsync()
    {
        if (await _client.Value.CollectionExistsAsync(_options.Collection)) await _client.Value.DeleteCollectionAsync(_options.Collection);
    }

    public void Dispose()
    {
        if (_client.IsValueCreated) _client.Value.Dispose();
    }
}
