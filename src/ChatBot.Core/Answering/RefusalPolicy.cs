namespace ChatBot.Core.Answering;

/// <summary>
/// Decides whether the stories answer the question at all. The rule: one sentence must itself contain at least
/// <see cref="MinimumCoverage"/> of the question's information, measured as IDF-weighted terms (a word's
/// everyday equivalents count), so that the rare, specific words of the question count most and a question
/// whose distinctive words appear nowhere, or only scattered across a passage, is refused. Only sentences whose
/// passage names every name the question mentions count (a question about one company is not answered from
/// another's story), and for a quantity question only sentences stating a number.
/// </summary>
public sealed class RefusalPolicy(double minimumCoverage = RefusalPolicy.DefaultMinimumCoverage)
{
    /// <summary>Half the question's information: more of it present than absent.</summary>
    public const double DefaultMinimumCoverage = 0.5;

    /// <summary>The threshold in force.</summary>
    public double MinimumCoverage { get; } = minimumCoverage;

    /// <summary>The share of the question covered by the best single sentence.</summary>
    public static double BestCoverage(QuestionProfile question, IReadOnlyList<EvidenceSentence> evidence) =>
        evidence.Where(s => s.NamesEntities).Select(s => s.OwnCoverage).DefaultIfEmpty(0).Max();

    /// <summary>True when the answer should be a refusal.</summary>
    public bool ShouldRefuse(QuestionProfile question, IReadOnlyList<EvidenceSentence> evidence) =>
        question.TermWeights.Count == 0 || BestCoverage(question, evidence) < MinimumCoverage;
}
