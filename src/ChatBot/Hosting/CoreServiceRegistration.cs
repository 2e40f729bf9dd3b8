using ChatBot.Configuration;
using ChatBot.Core.Answering;
using ChatBot.Core.Chunking;
using ChatBot.Core.Index;
using ChatBot.Core.Index.Qdrant;
using ChatBot.Core.Index.Sqlite;
using ChatBot.Core.Ingestion;
using ChatBot.Llm;
using ChatBot.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Qdrant.Client;

namespace ChatBot.Hosting;

/// <summary>Registers the answer pipeline and the configured index: the one place that knows which store is used.</summary>
public static class CoreServiceRegistration
{
    public static IServiceCollection AddChatBotCore(this IServiceCollection services)
    {
        services.AddOptions<ChatBotOptions>().BindConfiguration(ChatBotOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ChatBotOptions>, ChatBotOptionsValidator>();
        services.AddOptions<IndexOptions>().BindConfiguration(IndexOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AnsweringOptions>().BindConfiguration(AnsweringOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<QdrantOptions>().BindConfiguration(QdrantOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        // Made on first use only, so the SQLite default never opens a gRPC channel; the container disposes it.
        services.AddSingleton(sp => QdrantClients.Create(sp.GetRequiredService<IOptions<QdrantOptions>>().Value));
        // Read by reindex (the port of a running serve) as well as by serve's worker.
        services.AddOptions<WorkerOptions>().BindConfiguration(WorkerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IStoryIndex>(CreateIndex);
        services.AddSingleton(new Chunker());
        services.AddSingleton<AnswerPipelineFactory>();
        services.AddSingleton(sp => sp.GetRequiredService<AnswerPipelineFactory>().CreateAnswerService(sp.GetRequiredService<IStoryIndex>()));
        services.AddSingleton<IStoryCatalog, StoryCatalog>();
        services.AddSingleton(sp => sp.GetRequiredService<AnswerPipelineFactory>().CreateIndexer(sp.GetRequiredService<IStoryIndex>()));
        services.AddSingleton<SourceFactory>();
        services.AddStorySources();
        services.AddSingleton<IndexingRunner>();
        services.AddSingleton<IReindexRequests>(sp => sp.GetRequiredService<IndexingRunner>());
        services.AddChatBotLlm();
        return services;
    }

    private static IStoryIndex CreateIndex(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<IndexOptions>>().Value;
        return options.UsesQdrant
            ? CreateQdrantIndex(services, services.GetRequiredService<IOptions<QdrantOptions>>().Value)
            : new SqliteStoryIndex(options.SqlitePath, services.GetRequiredService<TimeProvider>(), services.GetService<IndexAccessMode>()?.Access ?? IndexAccess.ReadWrite);
    }

    /// <summary>A Qdrant index with the given options (eval uses its own collection name, on the same endpoint).</summary>
    public static QdrantStoryIndex CreateQdrantIndex(IServiceProvider services, QdrantOptions options) => new(
        services.GetRequiredService<QdrantClient>(),
        options,
        services.GetRequiredService<ILogger<QdrantStoryIndex>>());
}
