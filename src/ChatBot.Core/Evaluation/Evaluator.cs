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

        var baseline = new Bm25Baseline(index);
        var results = new List<EvalQuestionResult>();
        var baselineScores = new List<QuestionScore>();
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
            if (!question.IsSummary) baselineScores.Add(await ScoreBaselineAsync(baseline, question, cancellationToken));
        }

        return new EvalReport(set.Name, mode, EvalMetrics.From(results.Select(r => r.Scores).ToList()), results, EvalMetrics.From(baselineScores));
    }

    private async Task<QuestionScore> ScoreBaselineAsync(Bm25Baseline baseline, GoldQuestion question, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var answer = await baseline.AskAsync(question.Question, cancellationToken);
        var latency = stopwatch.Elapsed.TotalMilliseconds;
        var stories = await StoryLoader.LoadAsync(index, answer.Citations.Select(c => c.SourceId), cancellationToken);
        return AnswerScorer.Score(question, answer, stories, latency);
    }
}
