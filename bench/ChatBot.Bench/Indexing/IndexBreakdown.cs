using System.Diagnostics;
using ChatBot.Core.Chunking;
using ChatBot.Core.Ingestion;
using ChatBot.Core.Ingestion.Duplicates;
using ChatBot.Core.Text;
using ChatBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatBot.Bench.Indexing;

/// <summary>
/// Where indexing time goes. The CLI's own indexer and folder source (from the product's host) index the folder
/// into a fresh file inside this process, with each story load timed; then chunking and tokenizing (what the
/// index writer does to every chunk) are timed again over the same stories. What remains of the total is the
/// index's writing (SQLite statements, commits, FTS5 merges) and the indexer's own bookkeeping. Then the
/// duplicate registry is refreshed, as IndexingRunner does after a run that changed something.
/// </summary>
internal static class IndexBreakdown
{
    public static async Task<Dictionary<string, double>> RunAsync(string folder, string databasePath, CancellationToken cancellationToken = default)
    {
        using var host = ChatBotHost.CreateBuilder(new Dictionary<string, string?> { ["ChatBot:Index:SqlitePath"] = databasePath }).Build();
        var source = new TimedStorySource(host.Services.GetRequiredService<SourceFactory>().Folder(folder));
        var indexer = host.Services.GetRequiredService<StoryIndexer>();

        var total = Stopwatch.StartNew();
        await indexer.IndexAsync(source, cancellationToken: cancellationToken);
        var totalSeconds = total.Elapsed.TotalSeconds;
        // What IndexingRunner does after a run that changed something (the CLI's index verb goes through it).
        total.Restart();
        await host.Services.GetRequiredService<IDuplicateRegistry>().RefreshAsync(cancellationToken);
        var duplicateSeconds = total.Elapsed.TotalSeconds;

        var chunker = host.Services.GetRequiredService<Chunker>();
        var step = Stopwatch.StartNew();
        var chunks = source.Loaded.Select(chunker.Chunk).ToList();
        var chunkSeconds = step.Elapsed.TotalSeconds;
        step.Restart();
        foreach (var chunk in chunks.SelectMany(c => c)) Tokenizer.Terms(chunk.Text);
        var tokenizeSeconds = step.Elapsed.TotalSeconds;

        var loadSeconds = source.LoadTime.TotalSeconds;
        return new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["StoryIndexer.IndexAsync total"] = totalSeconds,
            ["load (read, decode, parse, hash)"] = loadSeconds,
            ["chunk (sentence split)"] = chunkSeconds,
            ["tokenize + stem"] = tokenizeSeconds,
            // A difference of separately timed steps: on a busy machine their noise can exceed it, so never below 0.
            ["index writes (the rest)"] = Math.Max(0, totalSeconds - loadSeconds - chunkSeconds - tokenizeSeconds),
            ["then IDuplicateRegistry.RefreshAsync"] = duplicateSeconds,
        };
    }
}
