namespace ChatBot.Core.Evaluation;

/// <summary>The set's metrics, each a mean over the questions it applies to (null when none does).</summary>
public sealed record EvalMetrics(
    double? FactRecall,
    double? CitationRecall,
    double? CitationPrecision,
    double? QuoteFidelity,
    double? DisagreementRecall,
    double? DisagreementFalseAlarm,
    double RefusalAccuracy,
    double LatencyP50Ms,
    double LatencyP95Ms)
{
    /// <summary>Aggregates per-question scores.</summary>
    public static EvalMetrics From(IReadOnlyList<QuestionScore> scores)
    {
        static double? Mean(IEnumerable<double?> values)
        {
            var present = values.Where(v => v is not null).Select(v => v!.Value).ToList();
            return present.Count == 0 ? null : present.Average();
        }

        var latencies = scores.Select(s => s.LatencyMs).Order().ToList();
        return new EvalMetrics(
            Mean(scores.Select(s => s.FactRecall)),
            Mean(scores.Select(s => s.CitationRecall)),
            Mean(scores.Select(s => s.CitationPrecision)),
            Mean(scores.Select(s => s.QuoteFidelity)),
            Mean(scores.Select(s => s.DisagreementFound is null ? (double?)null : s.DisagreementFound.Value ? 1 : 0)),
            Mean(scores.Select(s => s.FalseAlarm is null ? (double?)null : s.FalseAlarm.Value ? 1 : 0)),
            scores.Count == 0 ? 0 : scores.Average(s => s.RefusalCorrect ? 1.0 : 0.0),
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.95));
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0) return 0;
        var rank = (int)Math.Ceiling(p * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
