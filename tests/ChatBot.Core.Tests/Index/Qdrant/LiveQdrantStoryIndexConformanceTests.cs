using ChatBot.Core.Index;
using ChatBot.Core.Index.Qdrant;

namespace ChatBot.Core.Tests.Index.Qdrant;

/// <summary>
/// The conformance suite against a real Qdrant at <c>QDRANT_URL</c> (API key from <c>QDRANT_API_KEY</c>, if any).
/// Each test uses its own collection and deletes it afterwards. Skipped, visibly, when <c>QDRANT_URL</c> is unset.
/// </summary>
[RequiresEnvironmentVariable("QDRANT_URL", "set it to a Qdrant URL (e.g. http://localhost:6333) to run the story index conformance suite against a real Qdrant.")]
public sealed class LiveQdrantStoryIndexConformanceTests : StoryIndexConformanceTests, IDisposable
{
    private readonly HttpClient _httpClient = new();
    private readonly QdrantOptions _options = new()
    {
        Url = Environment.GetEnvironmentVariable("QDRANT_URL") ?? "http://localhost:6333",
        ApiKey = Environment.GetEnvironmentVariable("QDRANT_API_KEY"),
        Collection = $"chatbot_conformance_{Guid.NewGuid():N}",
    };

    protected override Task<IStoryIndex> CreateIndexAsync() => Task.FromResult<IStoryIndex>(new QdrantStoryIndex(_httpClient, _options));

    protected override async Task DisposeIndexAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"{_options.Url.TrimEnd('/')}/collections/{_options.Collection}");
        if (_options.ApiKey is { } key) request.Headers.Add("api-key", key);
        using var response = await _httpClient.SendAsync(request);
    }

    public void Dispose() => _httpClient.Dispose();
}
