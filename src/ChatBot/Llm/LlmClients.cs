using System.ClientModel;
using System.ClientModel.Primitives;
using ChatBot.Core.Answering.Llm;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenAI;

namespace ChatBot.Llm;

/// <summary>
/// The one place the OpenAI SDK is wired up: a client for the configured endpoint (any OpenAI-compatible server),
/// adapted to <see cref="IChatClient"/> and <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>. Null members
/// mean "not configured". The SDK's own retries are off: <see cref="LlmResilience"/> owns retrying.
/// </summary>
public sealed class LlmClients
{
    /// <summary>Stand-in credential for local servers (Ollama, llama.cpp) that need no key; the SDK requires one.</summary>
    internal const string NoKey = "no-key";

    public LlmClients(IOptions<LlmOptions> options, TimeProvider time, ILoggerFactory loggers)
    {
        var o = options.Value;
        Options = o;
        Settings = new LlmSettings(o.MaxOutputTokens, o.ContextTokenBudget, !o.ResponseFormat.Equals("tagged", StringComparison.OrdinalIgnoreCase));
        if (!o.HasChat && !o.HasEmbeddings) return;

        var endpoint = new Uri(o.Endpoint!);
        var client = new OpenAIClient(
            new ApiKeyCredential(string.IsNullOrEmpty(o.ApiKey) ? NoKey : o.ApiKey),
            new OpenAIClientOptions
            {
                Endpoint = endpoint,
                NetworkTimeout = o.Timeout,
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                UserAgentApplicationId = "chatbot",
            });
        var logger = loggers.CreateLogger("ChatBot.Llm");
        var health = new EndpointHealth(time, TimeSpan.FromSeconds(30));
        var where = endpoint.GetLeftPart(UriPartial.Path);
        if (o.HasChat)
        {
            var caller = new EndpointCaller(LlmResilience.Create(o, time, logger, "chat"), health, where, logger, o.ApiKey);
            Chat = new OpenAiChatClient(client.GetChatClient(o.ChatModel), o.ChatModel!, caller, logger);
        }

        if (o.HasEmbeddings)
        {
            var caller = new EndpointCaller(LlmResilience.Create(o, time, logger, "embeddings"), health, where, logger, o.ApiKey);
            Embeddings = new OpenAiEmbeddingGenerator(client.GetEmbeddingClient(o.EmbeddingModel), o.EmbeddingModel!, caller);
        }
    }

    /// <summary>The options in force.</summary>
    public LlmOptions Options { get; }

    /// <summary>What Core needs to know about the model.</summary>
    public LlmSettings Settings { get; }

    /// <summary>The chat model, or null when none is configured.</summary>
    public IChatClient? Chat { get; }

    /// <summary>The embedding model, or null when none is configured.</summary>
    public IEmbeddingGenerator<string, Embedding<float>>? Embeddings { get; }
}
