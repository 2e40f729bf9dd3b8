using ChatBot.Core.Index.Qdrant;
using Qdrant.Client;

namespace ChatBot.Core.Tests.Index.Qdrant;

/// <summary>One loopback Qdrant and one gRPC client for a test class; each test uses its own collection.</summary>
public sealed class FakeQdrantFixture : IAsyncLifetime
{
    private FakeQdrantServer? _server;
    private QdrantClient? _client;

    public FakeQdrantServer Server => _server ?? throw new InvalidOperationException("The fake Qdrant starts in InitializeAsync.");

    public QdrantClient Client => _client ?? throw new InvalidOperationException("The client is made in InitializeAsync.");

    public async Task InitializeAsync()
    {
        _server = await FakeQdrantServer.StartAsync();
        _client = QdrantClients.Create(new QdrantOptions { Url = _server.Url });
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
    }
}
