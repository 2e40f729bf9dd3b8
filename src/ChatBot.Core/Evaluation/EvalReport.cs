using ChatBot.Core.Answering;

namespace ChatBot.Core.Evaluation;

/// <summary>What eval produced: the metrics, each question's scores, and every structured answer.</summary>
public sealed record EvalReport(string Name, string Mode, EvalMetrics Metrics, IReadOnlyList<EvalQuestionResult> Questions);

/// <summary>One question's result.</summary>
public sealed record EvalQuestionResult(string Id, string Kind, QuestionScore Scores, Answer Answer);
