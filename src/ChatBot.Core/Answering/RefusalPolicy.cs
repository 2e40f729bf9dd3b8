namespace ChatBot.Core.Answering;

/// <summary>
/// Decides whether the stories answer the question at all. The rule: the best evidence sentence, together with
/// its neighbours in the same passage, must contain at least <see cref="MinimumCoverage"/> of the question's
/// information, measured as IDF-weighted terms, so that the rare, specific words of the question count most
/// and a question whose distinctive words appear nowhere is refused.
/// </summary>
public sealed class RefusalPolicy(double minimumCoverage = RefusalPolicy.DefaultMinimumCoverage)
{
    /// <summary>Half the question's information: more of it present than absent.</summary>
    public const double DefaultMinimumCoverage = 0.5;

    /// <summary>The threshold in force.</summary>
    public double MinimumCoverage { get; } = minimumCoverage;

    /// <summary>The share of the question covered by the best passage's evidence.</summary>
    public static double BestCoverage(QuestionProfile question, IReadOnlyList<EvidenceSentence> evidence) =>
        evidence.Count == 0 ? 0 : evidence.Max(s => s.Coverage);

    /// <summary>True when the answer should be a refusal.</summary>
    public bool ShouldRefuse(QuestionProfile question, IReadOnlyList<EvidenceSentence> evidence) =>
        question.TermWeights.Count == 0 || BestCoverage(question, evidence) < MinimumCoverage;
}
