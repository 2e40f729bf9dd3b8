using ChatBot.Core.Answering;

namespace ChatBot.Core.Evaluation;

/// <summary>
/// What eval produced: the metrics, each question's scores, every structured answer, and the plain BM25
/// baseline's metrics on the same index (<see cref="Bm25Baseline"/>), so every run shows the margin.
/// </summary>
public sealed record EvalReport(string Name, string Mode, EvalMetrics Metrics, IReadOnlyList<EvalQuestionResult> Questions, EvalMetrics? Baseline = null);

/// <summary>One question's result.</summary>
public sealed record EvalQuestionResult(string Id, string Kind, QuestionScore Scores, Answer Answer);
