using ChatBot.Core.Tests.Index.Qdrant.Fake;

namespace ChatBot.Core.Tests.Index.Qdrant;

/// <summary>One fake Qdrant and one HttpClient for a test class; each test uses its own collection.</summary>
public sealed class FakeQdrantFixture : IAsyncLifetime
{
    private FakeQdrantServer? _server;

    public FakeQdrantServer Server => _server ?? throw new InvalidOperationException("The fake Qdrant starts in InitializeAsync.");

    public HttpClient HttpClient { get; } = new();

    public async Task InitializeAsync() => _server = await FakeQdrantServer.StartAsync();

    public async Task DisposeAsync()
    {
        HttpClient.Dispose();
        if (_server is not null) await _server.DisposeAsync();
    }
}
