namespace ChatBot.Core.Answering;

/// <summary>
/// Decides whether the stories answer the question at all. The rule: some sentence must offer an answer of the
/// kind the question wants (a name for "which team", a date for "when", a number for "how many"; for "why" and
/// yes/no questions any statement) while it, with its passage and the story's headline (on its own, for a
/// statement; see <see cref="Nearness"/>), contains at least <see cref="MinimumCoverage"/> of the question's information, measured as IDF-weighted terms (a word's
/// everyday equivalents count). The rare, specific words of the question count most, so a question whose
/// distinctive words appear nowhere, or only scattered across a story, is refused; a long preamble is not held
/// against the question, since the answer need only stand near its key terms, not repeat them. Only sentences
/// whose story names every name the question mentions count (a question about one company is not answered from
/// another's story).
/// </summary>
public sealed class RefusalPolicy(double minimumCoverage = RefusalPolicy.DefaultMinimumCoverage)
{
    /// <summary>Half the question's information: more of it present than absent.</summary>
    public const double DefaultMinimumCoverage = 0.5;

    /// <summary>The threshold in force.</summary>
    public double MinimumCoverage { get; } = minimumCoverage;

    /// <summary>The share of the question covered around the best sentence that offers an answer of the wanted kind.</summary>
    public static double BestCoverage(QuestionProfile question, IReadOnlyList<EvidenceSentence> evidence) =>
        evidence.Where(s => s.NamesEntities && s.IsProse && (!question.Asked.WantsCandidate || s.Candidates.Count > 0))
            .Select(s => Nearness(question, s)).DefaultIfEmpty(0).Max();

    /// <summary>
    /// How much of the question stands near the sentence. A phrase (a name, a date, a number) answers from
    /// within its passage (~500–1,000 characters) and the story's headline; a statement ("why…", "what did X
    /// say") is the answer itself, so the sentence must carry the question on its own. A claim (yes/no) is
    /// judged like a phrase, with its passage and headline: a refutation seldom repeats the rumour's words
    /// ("the clip shows nothing of the kind" against "caught asleep on air"), while the passage around it does.
    /// </summary>
    public static double Nearness(QuestionProfile question, EvidenceSentence sentence) => question.Asked.Kind switch
    {
        Candidates.AnswerKind.Open => sentence.OwnCoverage,
        _ => sentence.PassageCoverage,
    };

    /// <summary>True when the sentence is evidence for an answer: of the wanted kind, near enough the question's key terms.</summary>
    public bool Supports(QuestionProfile question, EvidenceSentence sentence) =>
        sentence.NamesEntities && sentence.IsProse && Nearness(question, sentence) >= MinimumCoverage && (!question.Asked.WantsCandidate || sentence.Candidates.Count > 0);

    /// <summary>True when the answer should be a refusal.</summary>
    public bool ShouldRefuse(QuestionProfile question, IReadOnlyList<EvidenceSentence> evidence) =>
        question.TermWeights.Count == 0 || BestCoverage(question, evidence) < MinimumCoverage;
}
