using ChatBot.Core.Answering.Llm;
using ChatBot.Core.Chunking;
using ChatBot.Core.Embeddings;
using ChatBot.Core.Index;
using ChatBot.Core.Index.Sqlite;
using ChatBot.Core.Ingestion;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Summaries;
using ChatBot.Core.Summaries.Llm;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace ChatBot.Llm;

/// <summary>
/// The LLM parts of the answer pipeline for an index, built from <see cref="LlmClients"/>; each is null when its
/// model is not configured, and the pipeline then works as it did without one.
/// </summary>
public sealed class LlmPipelineParts(LlmClients clients, ILoggerFactory loggers)
{
    private readonly Lazy<PromptLibrary?> _prompts = new(() => clients.Chat is null ? null : PromptLocator.Load(clients.Options));

    /// <summary>The Semantic Kernel the LLM path runs on: the chat client as its service; functions are per question.</summary>
    private readonly Lazy<Kernel?> _kernel = new(() =>
    {
        if (clients.Chat is null) return null;
        var builder = Kernel.CreateBuilder();
        builder.Services.AddSingleton(clients.Chat);
        builder.Services.AddSingleton(loggers);
        return builder.Build();
    });

    /// <summary>True when a chat model writes answers.</summary>
    public bool WritesAnswers => clients.Chat is not null;

    /// <summary>The answer writer over <paramref name="index"/>, whose model may search it once more per question; or null.</summary>
    public LlmAnswerer? CreateAnswerer(IStoryIndex index, Retriever retriever) =>
        _kernel.Value is not { } kernel ? null : new LlmAnswerer(
            kernel,
            _prompts.Value!,
            clients.Settings,
            loggers.CreateLogger<LlmAnswerer>(),
            // A follow-up search gets a third of the budget: the first passages stay in the same prompt.
            () => new FollowUpSearch(retriever, index, Math.Max(500, clients.Settings.ContextTokenBudget / 3)));

    /// <summary>The summary writer over the extractive one, or null.</summary>
    public LlmSummarizer? CreateSummarizer(IStoryIndex index, Retriever retriever, Summarizer extractive) =>
        _kernel.Value is not { } kernel ? null : new LlmSummarizer(new SummaryScope(index, retriever), extractive, kernel, _prompts.Value!, clients.Settings, loggers.CreateLogger<LlmSummarizer>());

    /// <summary>The question embedder, or null.</summary>
    public IQueryEmbedder? CreateQueryEmbedder() =>
        clients.Embeddings is null ? null : new EmbeddingQueryEmbedder(clients.Embeddings, loggers.CreateLogger<EmbeddingQueryEmbedder>());

    /// <summary>An indexer whose chunks get vectors from the embedding model, or null when none is configured.</summary>
    public StoryIndexer? CreateIndexer(IStoryIndex index, Chunker chunker)
    {
        if (clients.Embeddings is null) return null;
        var model = clients.Options.EmbeddingModel!;
        var cache = new EmbeddingCache(CachePathFor(index));
        var vectorizer = new EmbeddingChunkVectorizer(clients.Embeddings, cache, model, clients.Options.EmbeddingBatchSize, loggers.CreateLogger<EmbeddingChunkVectorizer>());
        return new StoryIndexer(new EmbeddingAwareStoryIndex(index, cache, model), chunker, vectorizer);
    }

    /// <summary>The embedding cache lives beside the index file it serves (data/chatbot-embeddings.db).</summary>
    public static string CachePathFor(IStoryIndex index) => index is SqliteStoryIndex sqlite
        ? Path.Combine(Path.GetDirectoryName(sqlite.DatabasePath)!, Path.GetFileNameWithoutExtension(sqlite.DatabasePath) + "-embeddings.db")
        : Path.Combine("data", "embeddings.db");
}
