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
/// (Microsoft.Extensions.AI.OpenAI), each sending through its own <see cref="LlmHttpClients"/> client, so an endpoint
/// that cannot embed never switches off chat. Null members mean "not configured". The SDK's own retries and network
/// timeout are off: the HttpClient's <see cref="LlmResiliencePipeline"/> owns retrying and timing out.
/// </summary>
public sealed class LlmClients
{
    /// <summary>Stand-in credential for local servers (Ollama, llama.cpp) that need no key; the SDK requires one.</summary>
    internal const string NoKey = "no-key";

    public LlmClients(IOptions<LlmOptions> options, IHttpClientFactory http, ILoggerFactory loggers)
    {
        var o = options.Value;
        Options = o;
        Settings = new LlmSettings(o.MaxOutputTokens, o.ContextTokenBudget, !o.ResponseFormat.Equals("tagged", StringComparison.OrdinalIgnoreCase));
        var logger = loggers.CreateLogger("ChatBot.Llm");
        if (o.HasChat)
        {
            var endpoint = new Uri(o.Endpoint!);
            var client = Client(o, endpoint, http.CreateClient(LlmHttpClients.Chat));
            Chat = new EndpointChatClient(client.GetChatClient(o.ChatModel).AsIChatClient(), Failures(o, endpoint, logger), o.ChatModel!, logger);
        }

        if (o.HasEmbeddings)
        {
            var endpoint = new Uri(string.IsNullOrWhiteSpace(o.EmbeddingEndpoint) ? o.Endpoint! : o.EmbeddingEndpoint);
            var client = Client(o, endpoint, http.CreateClient(LlmHttpClients.Embeddings));
            Embeddings = new EndpointEmbeddingGenerator(client.GetEmbeddingClient(o.EmbeddingModel).AsIEmbeddingGenerator(), Failures(o, endpoint, logger));
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

    private static OpenAIClient Client(LlmOptions o, Uri endpoint, HttpClient http) => new(
        new ApiKeyCredential(string.IsNullOrEmpty(o.ApiKey) ? NoKey : o.ApiKey),
        new OpenAIClientOptions
        {
            Endpoint = endpoint,
            Transport = new HttpClientPipelineTransport(http),
            NetworkTimeout = Timeout.InfiniteTimeSpan,
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            UserAgentApplicationId = "chatbot",
        });

    private static EndpointFailures Failures(LlmOptions o, Uri endpoint, ILogger logger) => new(endpoint.GetLeftPart(UriPartial.Path), logger, o.ApiKey);
}
