using System.Diagnostics;
using ChatBot.Configuration;
using ChatBot.Core.Answering;
using ChatBot.Core.Index;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Text;
using ChatBot.Hosting;
using ChatBot.Llm;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Bench.Queries;

/// <summary>
/// Serves the questions in one process, the way the bot does: the product's host, its answer service and its
/// retriever over the given index. Each series is its own pass over all questions after a warm-up, so one
/// series does not warm the caches for the next question of another.
/// </summary>
internal sealed class QueryBenchmark(string corpus, string databasePath, IReadOnlyList<string> questions)
{
    public async Task<QueryResults> RunAsync(CancellationToken cancellationToken = default)
    {
        using var host = ChatBotHost.CreateBuilder(new Dictionary<string, string?> { ["ChatBot:Index:SqlitePath"] = databasePath }).Build();
        var services = host.Services;
        var index = services.GetRequiredService<IStoryIndex>();
        var answers = services.GetRequiredService<IAnswerService>();
        // Built as AnswerPipelineFactory builds the answer service's own retriever and answerer.
        var retriever = new Retriever(index, embedder: services.GetService<IQueryEmbedder>() ?? services.GetService<LlmPipelineParts>()?.CreateQueryEmbedder());
        var answering = services.GetRequiredService<IOptions<AnsweringOptions>>().Value;
        var answerer = new ExtractiveAnswerer(answering.MaxCitations, answering.MinimumCoverage);
        using var raw = new RawFtsQuery(databasePath, RetrievalOptions.Default.Candidates);

        // One untimed pass over every question first: the runtime compiles hot methods again, optimised, after
        // 30 calls, so a short warm-up would time the first series at the slower tier; and a bot that has served
        // for a while has every page of the index in the OS cache.
        foreach (var question in questions)
        {
            raw.Run(question);
            await answers.AskAsync(question, cancellationToken: cancellationToken);
        }

        var rawMs = await Time(questions, q => { raw.Run(q); return Task.CompletedTask; });
        var retrievalMs = await Time(questions, q => retriever.RetrieveAsync(q, cancellationToken: cancellationToken));
        var retrievalBreakdown = await RetrievalBreakdownAsync(index, cancellationToken);
        var answerBreakdown = await AnswerBreakdownAsync(index, retriever, answerer, cancellationToken);

        var answerMs = new List<double>(questions.Count);
        var answered = 0;
        var modes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var question in questions)
        {
            var started = Stopwatch.GetTimestamp();
            var answer = await answers.AskAsync(question, cancellationToken: cancellationToken);
            answerMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (answer.Answered) answered++;
            modes.Add(answer.Mode);
        }

        var (stories, chunks) = Counts(databasePath);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new QueryResults(
            corpus, string.Join('+', modes), stories, chunks, questions.Count, answered,
            LatencySummary.Of(rawMs), LatencySummary.Of(retrievalMs), LatencySummary.Of(answerMs),
            retrievalBreakdown, answerBreakdown,
            process.WorkingSet64 / 1048576.0, GC.GetTotalMemory(forceFullCollection: false) / 1048576.0);
    }

    /// <summary>The two index calls a retrieval makes, timed apart.</summary>
    private async Task<Dictionary<string, LatencySummary>> RetrievalBreakdownAsync(IStoryIndex index, CancellationToken cancellationToken)
    {
        var search = new List<double>();
        var statistics = new List<double>();
        foreach (var question in questions)
        {
            var terms = Tokenizer.DistinctTerms(question);
            var searchTerms = terms.SelectMany(Thesaurus.Equivalents).Distinct(StringComparer.Ordinal).ToList();
            var started = Stopwatch.GetTimestamp();
            if (searchTerms.Count > 0) await index.SearchAsync(new IndexQuery(searchTerms, RetrievalOptions.Default.Candidates), cancellationToken);
            search.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            started = Stopwatch.GetTimestamp();
            await index.GetTermStatisticsAsync(terms, cancellationToken);
            statistics.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return new() { ["index.SearchAsync"] = LatencySummary.Of(search), ["index.GetTermStatisticsAsync"] = LatencySummary.Of(statistics) };
    }

    /// <summary>
    /// The steps of AnswerService.AskAsync after retrieval, timed apart (disagreement detection is left out:
    /// it runs only for quantity questions, and these are not).
    /// </summary>
    private async Task<Dictionary<string, LatencySummary>> AnswerBreakdownAsync(IStoryIndex index, Retriever retriever, ExtractiveAnswerer answerer, CancellationToken cancellationToken)
    {
        var scoring = new List<double>();
        var loading = new List<double>();
        var composing = new List<double>();
        foreach (var question in questions)
        {
            var retrieval = await retriever.RetrieveAsync(question, cancellationToken: cancellationToken);
            var started = Stopwatch.GetTimestamp();
            var profile = QuestionProfile.Create(question, retrieval.QueryTerms, retrieval.Statistics);
            var evidence = EvidenceScorer.Score(profile, retrieval.Passages);
            scoring.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            started = Stopwatch.GetTimestamp();
            var stories = await StoryLoader.LoadAsync(index, evidence.Select(e => e.StoryId), cancellationToken);
            loading.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            started = Stopwatch.GetTimestamp();
            answerer.Compose(profile, evidence, stories);
            composing.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return new()
        {
            ["EvidenceScorer.Score"] = LatencySummary.Of(scoring),
            ["StoryLoader.LoadAsync"] = LatencySummary.Of(loading),
            ["ExtractiveAnswerer.Compose"] = LatencySummary.Of(composing),
        };
    }

    private static async Task<List<double>> Time(IReadOnlyList<string> questions, Func<string, Task> run)
    {
        var milliseconds = new List<double>(questions.Count);
        foreach (var question in questions)
        {
            var started = Stopwatch.GetTimestamp();
            await run(question);
            milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return milliseconds;
    }

    private static (int Stories, int Chunks) Counts(string databasePath)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT count(*) FROM stories), (SELECT count(*) FROM chunks)";
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt32(0), reader.GetInt32(1));
    }
}
