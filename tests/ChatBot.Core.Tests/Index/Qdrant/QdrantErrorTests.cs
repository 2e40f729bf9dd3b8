using System.Net;
using System.Net.Sockets;
using ChatBot.Core.Index;
using ChatBot.Core.Index.Qdrant;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Qdrant.Client.Grpc;

namespace ChatBot.Core.Tests.Index.Qdrant;

/// <summary>How Qdrant's failures reach the caller: clear messages, one exception type, nothing half-written.</summary>
public sealed class QdrantErrorTests(FakeQdrantFixture fixture) : IClassFixture<FakeQdrantFixture>
{
    private static readonly PointsOperationResponse WaitTimeout = new() { Result = new UpdateResult { OperationId = 7, Status = UpdateStatus.WaitTimeout } };

    [Fact]
    public async Task The_api_key_is_sent_as_api_key_metadata()
    {
        await using var server = await FakeQdrantServer.StartAsync(apiKey: "s3cret");
        var options = new QdrantOptions { Url = server.Url, ApiKey = "s3cret" };
        using var client = QdrantClients.Create(options);

        await new QdrantStoryIndex(client, options).InitializeAsync();

        Assert.NotEmpty(server.Requests);
        Assert.All(server.Requests, r => Assert.Equal("s3cret", r.ApiKey));
    }

    [Fact]
    public async Task A_rejected_api_key_gives_a_clear_message_and_never_reaches_the_log()
    {
        await using var server = await FakeQdrantServer.StartAsync(apiKey: "s3cret");
        var options = new QdrantOptions { Url = server.Url, ApiKey = "wrong-key" };
        using var client = QdrantClients.Create(options);
        var logger = new FakeLogger<QdrantStoryIndex>();

        var error = await Assert.ThrowsAsync<QdrantRequestException>(() => new QdrantStoryIndex(client, options, logger).InitializeAsync());

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        Assert.False(error.IsTransient);
        Assert.StartsWith(IndexUnavailableException.UserMessage, error.Message, StringComparison.Ordinal);
        Assert.Contains("refused CollectionExists with Unauthenticated (Invalid api-key)", error.Message);
        Assert.Contains("check ChatBot__Index__Qdrant__ApiKey", error.Message);
        Assert.DoesNotContain("wrong-key", error.Message);
        var logged = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Debug, logged.Level);
        Assert.Contains("Unauthenticated", logged.Message);
        Assert.DoesNotContain("wrong-key", logged.Message);
    }

    [Fact]
    public async Task The_detail_of_an_error_status_becomes_the_message()
    {
        var (index, options) = await InitializedAsync();
        fixture.Server.FailNext(r => r.Collection == options.Collection, StatusCode.InvalidArgument, "Wrong input: Vector dimension error: expected dim: 4, got 3");

        var error = await Assert.ThrowsAsync<QdrantRequestException>(() => index.SearchAsync(new IndexQuery(["harbor"])));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.False(error.IsTransient);
        Assert.Contains("Qdrant answered Query with InvalidArgument: Wrong input: Vector dimension error: expected dim: 4, got 3", error.Message);
    }

    [Fact]
    public async Task A_server_error_is_transient()
    {
        var (index, options) = await InitializedAsync();
        fixture.Server.FailNext(r => r.Collection == options.Collection, StatusCode.Internal, "Service internal error: node is starting");

        var error = await Assert.ThrowsAsync<QdrantRequestException>(() => index.ListStoriesAsync());

        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task A_write_answered_with_wait_timeout_is_not_success_and_the_old_story_stays()
    {
        var (index, options) = await InitializedAsync();
        var (story, chunks) = TestStories.Harbor();
        await index.UpsertStoryAsync(story, chunks);
        var (changed, changedChunks) = TestStories.Create(story.Id, "The bridge closed again.");
        fixture.Server.AnswerNext(r => r.Collection == options.Collection && r.Method == "qdrant.Points/Upsert", WaitTimeout);

        var error = await Assert.ThrowsAsync<QdrantRequestException>(() => index.UpsertStoryAsync(changed, changedChunks));

        Assert.True(error.IsTransient);
        Assert.Contains("'WaitTimeout' instead of 'Completed'", error.Message);
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
        fixture.Server.FailNext(r => r.Collection == options.Collection && r.Method == "qdrant.Points/Delete", StatusCode.Internal, "Service internal error");

        await Assert.ThrowsAsync<QdrantRequestException>(() => index.UpsertStoryAsync(changed, changedChunks));
        Assert.Equal(story.ContentHash, (await index.GetContentHashesAsync())[story.Id]);

        await index.UpsertStoryAsync(changed, changedChunks);
        Assert.Equal(changed.ContentHash, (await index.GetContentHashesAsync())[story.Id]);
        Assert.Equal(1, (await index.GetTermStatisticsAsync([])).ChunkCount);
    }

    [Fact]
    public async Task An_unreachable_qdrant_makes_the_index_unavailable()
    {
        var options = new QdrantOptions { Url = $"http://127.0.0.1:{ClosedPort()}" };
        using var client = QdrantClients.Create(options);

        var error = await Assert.ThrowsAsync<IndexUnavailableException>(() => new QdrantStoryIndex(client, options).InitializeAsync());

        Assert.True(error.IsTransient);
        Assert.StartsWith("The index is unavailable, try again shortly.", error.Message, StringComparison.Ordinal);
        Assert.Contains($"Qdrant at {options.Url} could not be reached", error.Message);
        Assert.Equal(StatusCode.Unavailable, Assert.IsType<RpcException>(error.InnerException).StatusCode);
    }

    [Fact]
    public async Task A_qdrant_that_does_not_answer_in_time_makes_the_index_unavailable()
    {
        // Connections are accepted by the listener's backlog but never answered.
        var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        try
        {
            var options = new QdrantOptions
            {
                Url = $"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}",
                RequestTimeout = TimeSpan.FromMilliseconds(1500),
            };
            using var client = QdrantClients.Create(options);

            var error = await Assert.ThrowsAsync<IndexUnavailableException>(() => new QdrantStoryIndex(client, options).InitializeAsync());

            Assert.True(error.IsTransient);
            Assert.Contains("did not answer CollectionExists within 1.5 s", error.Message);
            Assert.Equal(StatusCode.DeadlineExceeded, Assert.IsType<RpcException>(error.InnerException).StatusCode);
        }
        finally
        {
            silent.Stop();
        }
    }

    [Fact]
    public async Task A_call_the_caller_cancels_is_a_cancellation_not_an_unavailable_index()
    {
        var (index, _) = await InitializedAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => index.ListStoriesAsync(cancelled.Token));
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
