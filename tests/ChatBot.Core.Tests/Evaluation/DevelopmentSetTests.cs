using ChatBot.Core.Evaluation;
using ChatBot.Core.Ingestion;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Evaluation;

/// <summary>
/// The claim set: stance disagreements flagged, both sides cited, unanswerable claims refused, and the pipeline
/// above the plain BM25 baseline printed beside it.
/// </summary>
public class DevelopmentSetTests
{
    [SharedFact("eval", "fnc-train/gold.json")]
    public async Task Claims_that_stories_assert_and_refute_are_flagged_as_stance_disagreements()
    {
        var goldPath = RepositoryPaths.SharedFile("eval", "fnc-train/gold.json");
        var set = GoldSet.Load(goldPath);
        using var corpus = await IndexedCorpus.CreateAsync(Path.Combine(Path.GetDirectoryName(goldPath)!, set.Corpus));
        var report = await new Evaluator(corpus.Index, corpus.Indexer, corpus.Answers).RunAsync(set, corpus.Source, "extractive");

        var m = report.Metrics;
        Assert.Equal(1.0, m.QuoteFidelity);
        Assert.True(m.DisagreementRecall >= 0.5, $"disagreement_recall {m.DisagreementRecall}");
        Assert.True(m.RefusalAccuracy >= 0.95, $"refusal_accuracy {m.RefusalAccuracy}");
        Assert.True(m.CitationRecall > report.Baseline!.CitationRecall + 0.1, $"citation_recall {m.CitationRecall} vs baseline {report.Baseline.CitationRecall}");
        Assert.Contains(report.Questions, q => q.Answer.Disagreements.Any(d => d.Kind == ChatBot.Core.Disagreements.DisagreementKinds.Stance && d.Claims.Any(c => c.Stance == "refutes")));
    }
}
