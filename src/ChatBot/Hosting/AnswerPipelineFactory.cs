using ChatBot.Configuration;
using ChatBot.Core.Answering;
using ChatBot.Core.Chunking;
using ChatBot.Core.Index;
using ChatBot.Core.Ingestion;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Summaries;
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
    public string Mode => AnswerModes.Extractive;

    public IAnswerService CreateAnswerService(IStoryIndex index)
    {
        var retriever = new Retriever(index, embedder: services.GetService<IQueryEmbedder>());
        return new AnswerService(
            index,
            retriever,
            new ExtractiveAnswerer(answering.Value.MaxCitations, answering.Value.MinimumCoverage),
            new RefusalPolicy(answering.Value.MinimumCoverage),
            new Summarizer(index, retriever),
            services.GetService<TimeProvider>());
    }

    public StoryIndexer CreateIndexer(IStoryIndex index) =>
        new(index, services.GetRequiredService<Chunker>(), services.GetService<IChunkVectorizer>());
}
