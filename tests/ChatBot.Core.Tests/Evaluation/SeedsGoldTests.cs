using ChatBot.Core.Evaluation;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Evaluation;

public class SeedsGoldTests
{
    [SharedFact("eval", "seeds-gold.json")]
    public async Task The_development_set_meets_the_quality_bar()
    {
        var set = GoldSet.Load(RepositoryPaths.SharedFile("eval", "seeds-gold.json"));
        using var corpus = await IndexedCorpus.CreateAsync(RepositoryPaths.Seeds);
        var report = await new Evaluator(corpus.Index, corpus.Indexer, corpus.Answers).RunAsync(set, corpus.Source, "extractive");

        var m = report.Metrics;
        Assert.Equal(1.0, m.QuoteFidelity);
        Assert.Equal(1.0, m.RefusalAccuracy);
        Assert.Equal(0.0, m.DisagreementFalseAlarm);
        Assert.True(m.CitationRecall >= 0.8, $"citation_recall {m.CitationRecall}");
        Assert.True(m.FactRecall >= 0.8, $"fact_recall {m.FactRecall}");
        Assert.True(m.FactRecall > report.Baseline!.FactRecall + 0.15, $"fact_recall {m.FactRecall} vs the BM25 baseline's {report.Baseline.FactRecall}");
    }

    [Fact]
    public void Metrics_are_means_over_the_questions_they_apply_to()
    {
        var scores = new[]
        {
            new QuestionScore("a", 1.0, 0.5, 1.0, 1.0, true, null, true, 10),
            new QuestionScore("b", 0.0, null, null, null, null, true, false, 30),
            new QuestionScore("c", null, null, null, null, null, false, true, 20),
        };
        var m = EvalMetrics.From(scores);
        Assert.Equal(0.5, m.FactRecall);
        Assert.Equal(0.5, m.CitationRecall);
        Assert.Equal(0.5, m.DisagreementFalseAlarm);
        Assert.Equal(2.0 / 3, m.RefusalAccuracy, 6);
        Assert.Equal(20, m.LatencyP50Ms);
        Assert.Equal(30, m.LatencyP95Ms);
    }
}
