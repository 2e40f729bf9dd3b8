using System.Text.RegularExpressions;
using ChatBot.Core.Answering.Candidates;
using ChatBot.Core.Disagreements;
using ChatBot.Core.Index;
using ChatBot.Core.Text;

namespace ChatBot.Core.Answering;

/// <summary>
/// What a question asks for: its terms weighted by rarity in the corpus, and whether it asks for a quantity
/// (then only sentences stating a number can answer it, and numeric disagreements are about what was asked).
/// Everything is worked out once, when the profile is made: each sentence of the evidence asks it again.
/// </summary>
public sealed partial class QuestionProfile
{
    private readonly IReadOnlyDictionary<string, double> _evidenceWeights;
    private readonly double _evidenceTotal;
    private readonly IReadOnlySet<string> _questionForms;

    /// <summary>Profiles <paramref name="question"/> with the given term weights.</summary>
    public QuestionProfile(string question, IReadOnlyDictionary<string, double> termWeights, bool asksForQuantity)
    {
        Question = question;
        TermWeights = termWeights;
        AsksForQuantity = asksForQuantity;
        EntityTerms = NameTerms(question);
        ClaimPredicates = Predicates(termWeights.Keys, asksForQuantity && PossessionQuestion().IsMatch(question));
        Asked = AskedFor.Parse(question) is var asked && asksForQuantity ? asked with { Kind = AnswerKind.Quantity } : asked;
        CountedStems = Asked.CountedTerms.Select(Thesaurus.Canonical).ToHashSet(StringComparer.Ordinal);
        _evidenceWeights = EvidenceWeightsOf(termWeights, Asked);
        _evidenceTotal = _evidenceWeights.Values.Sum();
        _questionForms = FormsOf(question, termWeights.Keys);
    }

    /// <summary>The question as asked.</summary>
    public string Question { get; }

    /// <summary>The question's terms, each weighted by its rarity in the corpus (see <see cref="Create"/>).</summary>
    public IReadOnlyDictionary<string, double> TermWeights { get; }

    /// <summary>True when the question asks for a number ("how many", "what percentage").</summary>
    public bool AsksForQuantity { get; }

    /// <summary>
    /// Terms of the names the question mentions (capitalised words after its first: "Meta", "Time Warner"). A
    /// figure is about what was asked only in a passage that names them all.
    /// </summary>
    public IReadOnlySet<string> EntityTerms { get; }

    /// <summary>
    /// The verbs a numeric claim may go with to be about this question, as canonical stems
    /// (<see cref="Thesaurus.Canonical"/>): its own terms, and possession when asked ("How many employees does
    /// Meta have?" is answered by "Meta's 78,000 employees").
    /// </summary>
    public IReadOnlySet<string> ClaimPredicates { get; }

    /// <summary>The kind of answer wanted and the clause that asks (quantity whenever <see cref="AsksForQuantity"/>).</summary>
    public AskedFor Asked { get; }

    /// <summary>What "how many" counts, as canonical stems (<see cref="AskedFor.CountedTerms"/>); empty otherwise.</summary>
    public IReadOnlySet<string> CountedStems { get; }

    /// <summary>True when the claim's number goes with one of the question's verbs ("… reassigned" for "how many were reassigned").</summary>
    public bool SharesVerb(NumericClaim claim) => claim.Predicate is not null && ClaimPredicates.Contains(Thesaurus.Canonical(claim.Predicate));

    /// <summary>True when <paramref name="term"/> is what the question counts ("engineers" for "how many engineers").</summary>
    public bool Counts(string term) => CountedStems.Contains(Thesaurus.Canonical(term));

    /// <summary>True when the question says <paramref name="term"/> or one of its everyday equivalents.</summary>
    public bool Says(string term) => TermWeights.ContainsKey(term) || Thesaurus.Equivalents(term).Any(TermWeights.ContainsKey);

    /// <summary>
    /// Builds the profile. A term's weight is ln(1 + N / (df + 0.5)) over the N passages: like BM25's idf it
    /// makes rare words count most, but flatter, so a topical word many passages share still counts, and a word
    /// no passage has weighs most of all.
    /// </summary>
    public static QuestionProfile Create(string question, IReadOnlyList<string> terms, TermStatistics statistics) => new(
        question,
        terms.Distinct(StringComparer.Ordinal).ToDictionary(
            t => t,
            t => Math.Log(1 + statistics.ChunkCount / (statistics.DocumentFrequency.GetValueOrDefault(t) + 0.5)),
            StringComparer.Ordinal),
        AskedFor.AsksForQuantity(question));

    /// <summary>Share of the question's weight found among <paramref name="terms"/>, counting a word's equivalents.</summary>
    /// <remarks>
    /// The noun naming the kind of thing asked for ("team" in "which team") describes the answer, not the
    /// evidence: "Buffalo Bills safety Damar Hamlin" answers "which team" without the word. So for a question
    /// wanting a phrase it is left out of the measure.
    /// </remarks>
    public double CoverageOf(IReadOnlySet<string> terms)
    {
        if (_evidenceTotal <= 0) return 0;
        return _evidenceWeights.Where(p => terms.Contains(p.Key) || Thesaurus.Equivalents(p.Key).Overlaps(terms)).Sum(p => p.Value) / _evidenceTotal;
    }

    /// <summary>The term weights the evidence is measured by: all but the kind-noun of a question wanting a phrase.</summary>
    private static IReadOnlyDictionary<string, double> EvidenceWeightsOf(IReadOnlyDictionary<string, double> termWeights, AskedFor asked) =>
        asked.WantsCandidate && asked.KindTerms.Count > 0 && termWeights.Keys.Any(t => !asked.KindTerms.Contains(t))
            ? termWeights.Where(p => !asked.KindTerms.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)
            : termWeights;

    /// <summary>
    /// True when the question already says <paramref name="candidate"/>: half or more of its terms are the
    /// question's (a word's equivalents and abbreviations counting), or it is an acronym of the question's names.
    /// What is given is not what is asked.
    /// </summary>
    public bool Mentions(AnswerCandidate candidate)
    {
        if (_questionForms.Contains(NameForms.Compact(candidate.Text))) return true;
        var said = candidate.Terms.Count(t => _questionForms.Contains(NameForms.Expand(t)) || Thesaurus.Equivalents(t).Overlaps(_questionForms));
        return said * 2 >= candidate.Terms.Count;
    }

    /// <summary>The question's terms with abbreviations expanded, its acronyms and its names' compact forms.</summary>
    private static HashSet<string> FormsOf(string question, IEnumerable<string> terms)
    {
        var forms = terms.Select(NameForms.Expand).ToHashSet(StringComparer.Ordinal);
        forms.UnionWith(NameForms.Acronyms(question));
        forms.UnionWith(NameWord().Matches(question).Select(m => NameForms.Compact(m.Value)).Where(c => c.Length > 1));
        return forms;
    }

    private static HashSet<string> Predicates(IEnumerable<string> terms, bool asksForPossession)
    {
        var predicates = terms.Select(Thesaurus.Canonical).ToHashSet(StringComparer.Ordinal);
        if (asksForPossession) predicates.Add(Disagreements.NumericClaimExtractor.Possession);
        return predicates;
    }

    private static HashSet<string> NameTerms(string question)
    {
        var words = NameWord().Matches(question).Skip(1).Select(m => m.Value).ToList();
        // Month and day names are dates: "on Jan. 8" does not ask that a story name January.
        var names = words.Where(w => char.IsUpper(w[0]) && !CandidateExtractor.IsMonthOrDay(w)).ToList();
        // A question written in Title Case names nothing by its capitals.
        if (names.Count > words.Count / 2) return [];
        return names.SelectMany(Tokenizer.Terms).ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’.-]*")]
    private static partial Regex NameWord();

    [GeneratedRegex(@"\b(have|has|had|employs?|owns?|holds?)\b\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex PossessionQuestion();
}
