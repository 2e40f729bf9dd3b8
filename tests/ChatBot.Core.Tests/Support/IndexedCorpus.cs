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

    private IndexedCorpus(string? storiesFolder, IStoryIndex? index)
    {
        storiesFolder ??= _folder.File("stories");
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
            NoStoryHistory.Instance,
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

    /// <summary>
    /// Writes <paramref name="stories"/> (file name, text) to a folder of the corpus's own and indexes them: a
    /// corpus written for one test.
    /// </summary>
    public static async Task<IndexedCorpus> FromStoriesAsync(params (string File, string Text)[] stories)
    {
        var corpus = new IndexedCorpus(null, null);
        foreach (var (file, text) in stories) corpus._folder.Write(Path.Combine("stories", file), text);
        Directory.CreateDirectory(corpus._folder.File("stories"));
        await corpus.Indexer.IndexAsync(corpus.Source);
        return corpus;
    }

    /// <summary>A story file that names its outlet in front matter: "---\noutlet: X\n---\nHeadline\n\nBody".</summary>
    public static string StoryFrom(string outlet, string headline, string body) => $"---\noutlet: {outlet}\n---\n{headline}\n\n{body}";

    /// <summary>A story about something else, so a corpus has more than the stories a test is about.</summary>
    public static (string File, string Text)[] Unrelated { get; } =
    [
        ("weather.txt", "Storm warning\n\nForecasters warned of heavy rain and strong winds across the north on Thursday night."),
        ("football.txt", "Late winner\n\nA late goal gave the home side a narrow win in front of a sell-out crowd on Saturday."),
        ("garden.txt", "Spring planting\n\nGardeners are advised to plant potatoes once the risk of frost has passed."),
        ("museum.txt", "Museum reopens\n\nThe city museum reopened its Roman gallery after a two-year renovation."),
        ("rail.txt", "Rail fares\n\nTrain operators said fares would rise by about four percent from March."),
    ];

    public void Dispose() => _folder.Dispose();
}
