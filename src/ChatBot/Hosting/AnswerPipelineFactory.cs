using ChatBot.Configuration;
using ChatBot.Core.Answering;
using ChatBot.Core.Answering.Llm;
using ChatBot.Core.Chunking;
using ChatBot.Core.Index;
using ChatBot.Core.Ingestion;
using ChatBot.Core.Ingestion.Duplicates;
using ChatBot.Core.Ingestion.History;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Summaries;
using ChatBot.Llm;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Hosting;

/// <summary>
/// Builds the answer pipeline over an index. The bot's own pipeline and eval's (over an index of its own)
/// come from here, so eval scores exactly what users get.
/// </summary>
public sealed class AnswerPipelineFactory(IServiceProvider services, IOptions<AnsweringOptions> answering)
{
    /// <summary>"extractive", or "llm" when a model is configured.</summary>
    public string Mode => Llm?.WritesAnswers == true ? AnswerModes.Llm : AnswerModes.Extractive;

    /// <summary>The model-backed parts (issue 4); null members when no model is configured.</summary>
    private LlmPipelineParts? Llm => services.GetService<LlmPipelineParts>();

    public IAnswerService CreateAnswerService(IStoryIndex index)
    {
        var retriever = new Retriever(index, embedder: services.GetService<IQueryEmbedder>() ?? Llm?.CreateQueryEmbedder());
        // Copies and revisions are known for the bot's own index; an index of its own (eval) has neither.
        var ownIndex = ReferenceEquals(index, services.GetService<IStoryIndex>());
        var duplicates = ownIndex ? services.GetService<IDuplicateRegistry>() : null;
        var summarizer = new Summarizer(new SummaryScope(index, retriever), duplicates);
        IAnswerStrategy extractive = new ExtractiveAnswerStrategy(new ExtractiveAnswerer(answering.Value.MaxCitations, answering.Value.MinimumCoverage));
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        return new AnswerService(
            new EvidenceGatherer(retriever, index, time),
            new RefusalPolicy(answering.Value.MinimumCoverage),
            Llm?.CreateAnswerer(index, retriever) is { } model ? new LlmAnswerStrategy(model, extractive) : extractive,
            (ISummaryStrategy?)Llm?.CreateSummarizer(index, retriever, summarizer) ?? summarizer,
            duplicates ?? NoDuplicateRegistry.Instance,
            (ownIndex ? services.GetService<IStoryHistory>() : null) ?? NoStoryHistory.Instance,
            time);
    }

    public StoryIndexer CreateIndexer(IStoryIndex index) =>
        Llm?.CreateIndexer(index, services.GetRequiredService<Chunker>())
        ?? new(index, services.GetRequiredService<Chunker>(), services.GetService<IChunkVectorizer>());
}
