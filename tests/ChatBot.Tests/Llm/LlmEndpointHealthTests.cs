using ChatBot.Core.Answering;

namespace ChatBot.Tests.Llm;

/// <summary>llama.cpp without --embeddings: chat and embeddings keep their own circuit breakers, and 501 is not retried.</summary>
public sealed class LlmEndpointHealthTests
{
    private const string Question = "What did Andrew Bosworth say about opting out of the monitoring?";

    [Fact]
    public async Task A_501_on_embeddings_is_not_retried_and_does_not_switch_off_chat_answers()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Chat = (request, _) => SeedModel.Reply(request);
        server.EmbeddingsOverride = _ => FakeReply.Error(501, "not_supported_error", "This server does not support embeddings. Start it with `--embeddings`");
        await using var host = await LlmTestHost.StartAsync(server.Endpoint, new Dictionary<string, string?> { ["ChatBot:Llm:EmbeddingModel"] = "nomic-embed-text" });
        var embeddingCalls = server.EmbeddingRequests.Count;

        var answer = await host.Answers.AskAsync(Question);

        // Each embedding request is tried once (a retried 501 would make four), and the embeddings circuit opens
        // after the second: the rest of the indexing run does not ask again.
        Assert.Equal(2, embeddingCalls);
        Assert.Equal(AnswerModes.Llm, answer.Mode);
        Assert.Null(answer.Notices);
        Assert.NotEmpty(server.ChatRequests);
        // The embeddings circuit is open after its 501s: the question is not embedded, retrieval stays on BM25.
        Assert.Equal(embeddingCalls, server.EmbeddingRequests.Count);
    }

    [Fact]
    public async Task A_separate_embedding_endpoint_gets_the_embeddings_and_the_chat_endpoint_only_chat()
    {
        await using var chat = await FakeOpenAiServer.StartAsync();
        chat.Chat = (request, _) => SeedModel.Reply(request);
        await using var embeddings = await FakeOpenAiServer.StartAsync();
        await using var host = await LlmTestHost.StartAsync(chat.Endpoint, new Dictionary<string, string?>
        {
            ["ChatBot:Llm:EmbeddingModel"] = "nomic-embed-text",
            ["ChatBot:Llm:EmbeddingEndpoint"] = embeddings.Endpoint,
        });

        var answer = await host.Answers.AskAsync(Question);

        Assert.Equal(AnswerModes.Llm, answer.Mode);
        Assert.NotEmpty(embeddings.EmbeddingRequests);
        Assert.Contains(embeddings.EmbeddingRequests, r => r.Body["input"]!.ToJsonString().Contains("Bosworth", StringComparison.Ordinal));
        Assert.Empty(embeddings.ChatRequests);
        Assert.Empty(chat.EmbeddingRequests);
        Assert.NotEmpty(chat.ChatRequests);
    }
}
