using ChatBot.Core.Answering;
using ChatBot.Core.Chunking;
using ChatBot.Core.Index;
using ChatBot.Core.Index.Sqlite;
using ChatBot.Core.Ingestion;
using ChatBot.Core.Ingestion.Duplicates;
using ChatBot.Core.Ingestion.History;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Summaries;

namespace ChatBot.Core.Tests.Support;

/// <summary>A real SQLite index in a temp folder with a folder of stories indexed, and the answer pipeline over it.</summary>
public sealed class IndexedCorpus : IDisposable
{
    private readonly TempFolder _folder = new();

    private IndexedCorpus(string storiesFolder, IStoryIndex? index)
    {
        Index = index ?? new SqliteStoryIndex(_folder.File("index.db"));
        Indexer = new StoryIndexer(Index, new Chunker());
        Source = new FolderStorySource("test", storiesFolder, new IngestionOptions());
        var retriever = new Retriever(Index);
        Answers = new AnswerService(
            new EvidenceGatherer(retriever, Index, TimeProvider.System),
            new RefusalPolicy(),
            new ExtractiveAnswerStrategy(new ExtractiveAnswerer()),
            new Summarizer(new SummaryScope(Index, retriever)),
            NoDuplicateRegistry.Instance,
            new NoStoryHistory(),
            TimeProvider.System);
    }

    public IStoryIndex Index { get; }

    public StoryIndexer Indexer { get; }

    public FolderStorySource Source { get; }

    public AnswerService Answers { get; }

    /// <summary>Indexes <paramref name="storiesFolder"/> into <paramref name="index"/> (a fresh SQLite file when null).</summary>
    public static async Task<IndexedCorpus> CreateAsync(string storiesFolder, IStoryIndex? index = null)
    {
        var corpus = new IndexedCorpus(storiesFolder, index);
        await corpus.Indexer.IndexAsync(corpus.Source);
        return corpus;
    }

    public void Dispose() => _folder.Dispose();
}
