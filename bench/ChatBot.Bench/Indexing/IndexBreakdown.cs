using System.Diagnostics;
using ChatBot.Core.Chunking;
using ChatBot.Core.Index.Sqlite;
using ChatBot.Core.Ingestion;
using ChatBot.Core.Stories;
using ChatBot.Core.Text;

namespace ChatBot.Bench.Indexing;

/// <summary>
/// Where indexing time goes: the loop of StoryIndexer.IndexAsync over a fresh index, with each step timed apart.
/// The index writer tokenizes each chunk inside UpsertStoryAsync; tokenizing is timed once more on its own so
/// the SQLite share can be told from it (upsert minus tokenize).
/// </summary>
internal static class IndexBreakdown
{
    public static async Task<Dictionary<string, double>> RunAsync(string folder, string databasePath, CancellationToken cancellationToken = default)
    {
        var total = Stopwatch.StartNew();
        var index = new SqliteStoryIndex(databasePath);
        var chunker = new Chunker();
        var source = new FolderStorySource(Path.GetFileName(Path.GetFullPath(folder).TrimEnd('/')), folder, new IngestionOptions { Latin1Fallback = true });
        var seconds = new Dictionary<string, double>(StringComparer.Ordinal);
        var step = Stopwatch.StartNew();
        await index.InitializeAsync(cancellationToken);
        var entries = await source.ScanAsync(cancellationToken);
        await index.GetContentHashesAsync(source.Name, cancellationToken);
        Add(seconds, "scan", step);

        foreach (var entry in entries)
        {
            step.Restart();
            Story story;
            try
            {
                story = await entry.LoadAsync(cancellationToken);
            }
            catch (StoryUnreadableException)
            {
                continue; // reported by the product's own index run; only the time matters here
            }

            Add(seconds, "load (read, decode, parse, hash)", step);
            var chunks = chunker.Chunk(story);
            Add(seconds, "chunk (sentence split)", step);
            foreach (var chunk in chunks) Tokenizer.Terms(chunk.Text);
            Add(seconds, "tokenize + stem (as the writer does)", step);
            await index.UpsertStoryAsync(story, chunks, null, cancellationToken);
            Add(seconds, "upsert (tokenize + SQLite writes)", step);
        }

        seconds["total in process"] = total.Elapsed.TotalSeconds;
        seconds["SQLite writes (upsert - tokenize)"] = seconds["upsert (tokenize + SQLite writes)"] - seconds["tokenize + stem (as the writer does)"];
        return seconds;
    }

    private static void Add(Dictionary<string, double> seconds, string name, Stopwatch step)
    {
        seconds[name] = seconds.GetValueOrDefault(name) + step.Elapsed.TotalSeconds;
        step.Restart();
    }
}
