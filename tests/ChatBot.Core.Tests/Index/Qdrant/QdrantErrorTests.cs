using System.Net;
using System.Net.Sockets;
using ChatBot.Core.Index;
using ChatBot.Core.Index.Qdrant;
using ChatBot.Core.Tests.Index.Qdrant.Fake;

namespace ChatBot.Core.Tests.Index.Qdrant;

/// <summary>How Qdrant's failures reach the caller: clear messages, one exception type, nothing half-written.</summary>
public sealed class QdrantErrorTests(FakeQdrantFixture fixture) : IClassFixture<FakeQdrantFixture>
{
    private const string WaitTimeout = """{"result":{"operation_id":7,"status":"wait_timeout"},"status":"ok","time":30.0}""";

    [Fact]
    public async Task The_api_key_is_sent_in_the_api_key_header()
    {
        await using var server = await FakeQdrantServer.StartAsync(apiKey: "s3cret");
        using var http = new HttpClient();
        var index = new QdrantStoryIndex(http, new QdrantOptions { Url = server.Url, ApiKey = "s3cret" });

        await index.InitializeAsync();

        Assert.All(server.Requests, r => Assert.Equal("s3cret", r.ApiKey));
    }

    [Fact]
    public async Task A_rejected_api_key_gives_a_clear_message_from_the_plain_text_401()
    {
        await using var server = await FakeQdrantServer.StartAsync(apiKey: "s3cret");
        using var http = new HttpClient();
        var index = new QdrantStoryIndex(http, new QdrantOptions { Url = server.Url, ApiKey = "wrong-key" });

        var error = await Assert.ThrowsAsync<QdrantException>(() => index.InitializeAsync());

        Assert.Equal(401, error.StatusCode);
        Assert.False(error.IsTransient);
        Assert.StartsWith(IndexUnavailableException.UserMessage, error.Message, StringComparison.Ordinal);
        Assert.Contains("HTTP 401 (Must provide an API key or an Authorization bearer token)", error.Message);
        Assert.Contains("ChatBot__Index__Qdrant__ApiKey", error.Message);
        Assert.DoesNotContain("wrong-key", error.Message);
    }

    [Fact]
    public async Task The_error_of_a_json_error_body_becomes_the_message()
    {
        var (index, options) = await InitializedAsync();
        fixture.Server.FailNext(r => r.Collection == options.Collection, 400, """{"status":{"error":"Wrong input: Vector dimension error: expected dim: 4, got 3"},"time":0.0}""");

        var error = await Assert.ThrowsAsync<QdrantException>(() => index.SearchAsync(new IndexQuery(["harbor"])));

        Assert.Equal(400, error.StatusCode);
        Assert.Contains("HTTP 400: Wrong input: Vector dimension error: expected dim: 4, got 3", error.Message);
    }

    [Fact]
    public async Task A_server_error_is_transient()
    {
        var (index, options) = await InitializedAsync();
        fixture.Server.FailNext(r => r.Collection == options.Collection, 503, """{"status":{"error":"Service Unavailable: node is starting"},"time":0.0}""");

        var error = await Assert.ThrowsAsync<QdrantException>(() => index.ListStoriesAsync());

        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task A_write_answered_200_with_wait_timeout_is_not_success_and_the_old_story_stays()
    {
        var (index, options) = await InitializedAsync();
        var (story, chunks) = TestStories.Harbor();
        await index.UpsertStoryAsync(story, chunks);
        var (changed, changedChunks) = TestStories.Create(story.Id, "The bridge closed again.");
        fixture.Server.FailNext(r => r.Collection == options.Collection && r.Method == "PUT", 200, WaitTimeout);

        var error = await Assert.ThrowsAsync<QdrantException>(() => index.UpsertStoryAsync(changed, changedChunks));

        Assert.True(error.IsTransient);
        Assert.Contains("'wait_timeout' instead of 'completed'", error.Message);
        Assert.Equal(story.ContentHash, (await index.GetContentHashesAsync())[story.Id]);
        Assert.Equal(story, await index.GetStoryAsync(story.Id));
    }

    [Fact]
    public async Task A_failed_stale_chunk_delete_keeps_the_old_hash_so_the_story_is_indexed_again()
    {
        var (index, options) = await InitializedAsync();
        var (story, chunks) = TestStories.Harbor();
        await index.UpsertStoryAsync(story, chunks);
        var (changed, changedChunks) = TestStories.Create(story.Id, "The bridge closed again.", "Daily Planet");
        fixture.Server.FailNext(r => r.Collection == options.Collection && r.Path.EndsWith("/points/delete", StringComparison.Ordinal), 500, """{"status":{"error":"Service internal error"},"time":0.0}""");

        await Assert.ThrowsAsync<QdrantException>(() => index.UpsertStoryAsync(changed, changedChunks));
        Assert.Equal(story.ContentHash, (await index.GetContentHashesAsync())[story.Id]);

        await index.UpsertStoryAsync(changed, changedChunks);
        Assert.Equal(changed.ContentHash, (await index.GetContentHashesAsync())[story.Id]);
        Assert.Equal(1, (await index.GetTermStatisticsAsync([])).ChunkCount);
    }

    [Fact]
    public async Task An_unreachable_qdrant_makes_the_index_unavailable()
    {
        using var http = new HttpClient();
        var index = new QdrantStoryIndex(http, new QdrantOptions { Url = $"http://127.0.0.1:{ClosedPort()}" });

        var error = await Assert.ThrowsAsync<IndexUnavailableException>(() => index.InitializeAsync());

        Assert.True(error.IsTransient);
        Assert.StartsWith("The index is unavailable, try again shortly.", error.Message, StringComparison.Ordinal);
        Assert.Contains("could not be reached", error.Message);
    }

    [Fact]
    public async Task A_qdrant_that_does_not_answer_in_time_makes_the_index_unavailable()
    {
        // Connections are accepted by the listener's backlog but never answered.
        var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        try
        {
            using var http = new HttpClient();
            var options = new QdrantOptions
            {
                Url = $"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}",
                RequestTimeout = TimeSpan.FromMilliseconds(1500),
                WriteTimeout = TimeSpan.FromSeconds(1),
            };

            var error = await Assert.ThrowsAsync<IndexUnavailableException>(() => new QdrantStoryIndex(http, options).InitializeAsync());

            Assert.True(error.IsTransient);
            Assert.Contains("did not answer GET collections/chatbot_stories within 1.5 s", error.Message);
        }
        finally
        {
            silent.Stop();
        }
    }

    private async Task<(QdrantStoryIndex Index, QdrantOptions Options)> InitializedAsync()
    {
        var (index, options) = FakeQdrantIndexes.Create(fixture);
        await index.InitializeAsync();
        return (index, options);
    }

    /// <summary>A loopback port nothing listens on: bound, then released.</summary>
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
