using System.ClientModel;
using System.ClientModel.Primitives;
using ChatBot.Core.Answering.Llm;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenAI;

namespace ChatBot.Llm;

/// <summary>
/// The one place the OpenAI SDK is wired up: clients for the configured endpoints (any OpenAI-compatible server)
/// as Microsoft.Extensions.AI's <see cref="IChatClient"/> and <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/>
/// (Microsoft.Extensions.AI.OpenAI), each behind its own <see cref="EndpointCaller"/> and health, so an endpoint
/// that cannot embed never switches off chat. Null members mean "not configured". The SDK's own retries are off:
/// <see cref="LlmResilience"/> owns retrying.
/// </summary>
public sealed class LlmClients
{
    /// <summary>Stand-in credential for local servers (Ollama, llama.cpp) that need no key; the SDK requires one.</summary>
    internal const string NoKey = "no-key";

    /// <summary>How long an endpoint that just failed is left alone.</summary>
    private static readonly TimeSpan DownPause = TimeSpan.FromSeconds(30);

    public LlmClients(IOptions<LlmOptions> options, TimeProvider time, ILoggerFactory loggers)
    {
        var o = options.Value;
        Options = o;
        Settings = new LlmSettings(o.MaxOutputTokens, o.ContextTokenBudget, !o.ResponseFormat.Equals("tagged", StringComparison.OrdinalIgnoreCase));
        var logger = loggers.CreateLogger("ChatBot.Llm");
        if (o.HasChat)
        {
            var endpoint = new Uri(o.Endpoint!);
            var caller = Caller(o, endpoint, "chat", time, logger);
            Chat = new EndpointChatClient(Client(o, endpoint).GetChatClient(o.ChatModel).AsIChatClient(), caller, o.ChatModel!, logger);
        }

        if (o.HasEmbeddings)
        {
            var endpoint = new Uri(string.IsNullOrWhiteSpace(o.EmbeddingEndpoint) ? o.Endpoint! : o.EmbeddingEndpoint);
            var caller = Caller(o, endpoint, "embeddings", time, logger);
            Embeddings = new EndpointEmbeddingGenerator(Client(o, endpoint).GetEmbeddingClient(o.EmbeddingModel).AsIEmbeddingGenerator(), caller);
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

    private static OpenAIClient Client(LlmOptions o, Uri endpoint) => new(
        new ApiKeyCredential(string.IsNullOrEmpty(o.ApiKey) ? NoKey : o.ApiKey),
        new OpenAIClientOptions
        {
            Endpoint = endpoint,
            NetworkTimeout = o.Timeout,
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            UserAgentApplicationId = "chatbot",
        });

    /// <summary>One caller, and so one health, per endpoint and operation.</summary>
    private static EndpointCaller Caller(LlmOptions o, Uri endpoint, string operation, TimeProvider time, ILogger logger) =>
        new(LlmResilience.Create(o, time, logger, operation), new EndpointHealth(time, DownPause), endpoint.GetLeftPart(UriPartial.Path), logger, o.ApiKey);
}
