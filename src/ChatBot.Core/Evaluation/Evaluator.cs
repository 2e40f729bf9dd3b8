using System.Diagnostics;
using ChatBot.Core.Answering;
using ChatBot.Core.Index;
using ChatBot.Core.Ingestion;

namespace ChatBot.Core.Evaluation;

/// <summary>
/// Runs a question set: indexes its corpus into an index of its own, puts every question through the answer
/// pipeline the bot uses, and scores the structured answers.
/// </summary>
public sealed class Evaluator(IStoryIndex index, StoryIndexer indexer, IAnswerService answers)
{
    public async Task<EvalReport> RunAsync(GoldSet set, IStorySource corpus, string mode, CancellationToken cancellationToken = default)
    {
        var summary = await indexer.IndexAsync(corpus, cancellationToken: cancellationToken);
        if (summary.Added + summary.Updated + summary.Unchanged == 0)
        {
            throw new InvalidDataException($"The corpus of '{set.Name}' has no readable stories.");
        }

        var results = new List<EvalQuestionResult>();
        foreach (var question in set.Questions)
        {
            var stopwatch = Stopwatch.StartNew();
            var answer = question.IsSummary
                ? await answers.SummarizeAsync(new SummaryRequest(Topic: question.Question), cancellationToken)
                : await answers.AskAsync(question.Question, cancellationToken: cancellationToken);
            var latency = stopwatch.Elapsed.TotalMilliseconds;
            var sourceIds = answer.Citations.Select(c => c.SourceId).Concat(answer.Disagreements.SelectMany(d => d.Claims).Select(c => c.SourceId));
            var stories = await StoryLoader.LoadAsync(index, sourceIds, cancellationToken);
            results.Add(new EvalQuestionResult(question.Id, question.Kind, AnswerScorer.Score(question, answer, stories, latency), answer));
        }

        return new EvalReport(set.Name, mode, EvalMetrics.From(results.Select(r => r.Scores).ToList()), results);
    }
}
