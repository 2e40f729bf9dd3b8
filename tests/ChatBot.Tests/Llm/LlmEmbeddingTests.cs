using ChatBot.Core.Index;
using ChatBot.Llm;

namespace ChatBot.Tests.Llm;

/// <summary>Dense retrieval through the embeddings endpoint: batched, cached by content hash, re-embedded when the model changes.</summary>
public sealed class LlmEmbeddingTests
{
    [Fact]
    public async Task Chunks_are_embedded_in_batches_once_and_questions_are_embedded_for_fused_search()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Chat = (request, _) => SeedModel.Reply(request);
        await using var host = await LlmTestHost.StartAsync(server.Endpoint, new Dictionary<string, string?>
        {
            ["ChatBot:Llm:EmbeddingModel"] = "text-embedding-3-small",
            ["ChatBot:Llm:EmbeddingBatchSize"] = "4",
        });

        var embedCalls = server.EmbeddingRequests;
        Assert.NotEmpty(embedCalls);
        var first = embedCalls[0];
        Assert.Equal("/v1/embeddings", first.Path);
        Assert.Equal("text-embedding-3-small", first.Body["model"]!.GetValue<string>());
        Assert.Equal("Bearer " + LlmTestHost.ApiKey, first.Headers["Authorization"]);
        Assert.All(embedCalls, r => Assert.InRange(r.Body["input"]!.AsArray().Count, 1, 4));
        var embeddedTexts = embedCalls.SelectMany(r => r.Body["input"]!.AsArray().Select(i => i!.GetValue<string>())).ToList();
        Assert.Equal(embeddedTexts.Count, embeddedTexts.Distinct(StringComparer.Ordinal).Count());

        var before = server.EmbeddingRequests.Count;
        var again = await host.IndexAsync(RepositoryPaths.Seeds);
        Assert.Equal(0, again.Added + again.Updated);
        Assert.Equal(before, server.EmbeddingRequests.Count);

        var hits = await host.Index.SearchAsync(new IndexQuery(["opt"], 10, [1, 2, 1]));
        Assert.NotEmpty(hits);
        await host.Answers.AskAsync("What did Andrew Bosworth say about opting out of the monitoring?");
        Assert.Contains(server.EmbeddingRequests.Skip(before), r => r.Body["input"]!.ToJsonString().Contains("Bosworth", StringComparison.Ordinal));
        Assert.True(File.Exists(LlmPipelineParts.CachePathFor(host.Index)));
    }

    [Fact]
    public async Task A_new_embedding_model_re_embeds_unchanged_stories_and_an_unchanged_chunk_is_never_embedded_twice()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        var folder = Path.Combine(Path.GetTempPath(), "chatbot-embed-" + Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?>
        {
            ["ChatBot:Index:SqlitePath"] = Path.Combine(folder, "index.db"),
            ["ChatBot:Llm:EmbeddingModel"] = "model-a",
        };
        try
        {
            await using (var host = await LlmTestHost.StartAsync(server.Endpoint, settings))
            {
                Assert.NotEmpty(server.EmbeddingRequests);
            }

            var afterA = server.EmbeddingRequests.Count;
            await using (var host = await LlmTestHost.StartAsync(server.Endpoint, settings))
            {
                Assert.Equal(afterA, server.EmbeddingRequests.Count);
            }

            settings["ChatBot:Llm:EmbeddingModel"] = "model-b";
            await using (var host = await LlmTestHost.StartAsync(server.Endpoint, settings, index: false))
            {
                var summary = await host.IndexAsync(RepositoryPaths.Seeds);
                Assert.True(summary.Updated > 0);
                Assert.Contains(server.EmbeddingRequests.Skip(afterA), r => r.Body["model"]!.GetValue<string>() == "model-b");
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_failing_embeddings_endpoint_leaves_retrieval_on_bm25_and_the_story_is_embedded_later()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        var endpoint = server.Endpoint;
        await server.DisposeAsync();
        var folder = Path.Combine(Path.GetTempPath(), "chatbot-embed-" + Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?>
        {
            ["ChatBot:Index:SqlitePath"] = Path.Combine(folder, "index.db"),
            ["ChatBot:Llm:EmbeddingModel"] = "model-a",
            ["ChatBot:Llm:ChatModel"] = null,
        };
        try
        {
            await using var host = await LlmTestHost.StartAsync(endpoint, settings);
            var listing = await host.Index.ListStoriesAsync();
            Assert.NotEmpty(listing);
            var answer = await host.Answers.AskAsync("What did Andrew Bosworth say about opting out of the monitoring?");
            Assert.True(answer.Answered);
            var hashes = await new Core.Embeddings.EmbeddingAwareStoryIndex(host.Index, new Core.Embeddings.EmbeddingCache(LlmPipelineParts.CachePathFor(host.Index)), "model-a").GetContentHashesAsync();
            Assert.All(hashes.Values, h => Assert.EndsWith("|embeddings-stale", h, StringComparison.Ordinal));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
