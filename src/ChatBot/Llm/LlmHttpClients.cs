using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Llm;

/// <summary>
/// The named HttpClients the OpenAI SDK sends through: one for chat, one for embeddings, each with a resilience
/// pipeline (and so a circuit breaker) of its own, so an endpoint that cannot embed never switches off chat.
/// </summary>
public static class LlmHttpClients
{
    public const string Chat = "ChatBot.Llm.Chat";
    public const string Embeddings = "ChatBot.Llm.Embeddings";

    /// <summary>Registers both clients.</summary>
    public static IServiceCollection AddLlmHttpClients(this IServiceCollection services)
    {
        Add(services, Chat, "chat");
        Add(services, Embeddings, "embeddings");
        return services;
    }

    private static void Add(IServiceCollection services, string name, string operation)
    {
        var client = services.AddHttpClient(name, http => http.Timeout = Timeout.InfiniteTimeSpan)
            // The factory's request logging writes full URLs, and a proxy's URL may carry its key.
            .RemoveAllLoggers()
            // The SDK-held client lives as long as the process; a pooled connection's lifetime still lets DNS changes in.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AutomaticDecompression = DecompressionMethods.All });
        if (name == Chat)
        {
            // Outside the resilience handler: the body is rewritten once, not on every retry.
            client.AddHttpMessageHandler(services => new OutputTokensFieldHandler(services.GetRequiredService<IOptions<LlmOptions>>().Value));
        }

        client.AddResilienceHandler(name, (builder, context) => LlmResiliencePipeline.Configure(
            builder,
            context.ServiceProvider.GetRequiredService<IOptions<LlmOptions>>().Value,
            context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("ChatBot.Llm"),
            operation));
        // Added after the resilience handler, so inside it.
        client.AddHttpMessageHandler(() => new ResponseBufferingHandler());
    }
}
