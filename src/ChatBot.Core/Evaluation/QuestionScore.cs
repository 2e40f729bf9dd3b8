namespace ChatBot.Core.Evaluation;

/// <summary>One question's scores; null where a metric does not apply to it.</summary>
public sealed record QuestionScore(
    string Id,
    double? FactRecall,
    double? CitationRecall,
    double? CitationPrecision,
    double? QuoteFidelity,
    bool? DisagreementFound,
    bool? FalseAlarm,
    bool RefusalCorrect,
    double LatencyMs);
