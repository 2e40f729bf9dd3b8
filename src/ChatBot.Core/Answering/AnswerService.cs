using ChatBot.Core.Answering.Candidates;
using ChatBot.Core.Disagreements;
using ChatBot.Core.Disagreements.Llm;
using ChatBot.Core.Disagreements.Stance;
using ChatBot.Core.Index;
using ChatBot.Core.Ingestion.Duplicates;
using ChatBot.Core.Ingestion.History;
using ChatBot.Core.Stories;
using ChatBot.Core.Summaries;

namespace ChatBot.Core.Answering;

/// <summary>
/// The answer pipeline shared by the CLI, the Discord bot and eval: gather evidence, refuse or answer with
/// verified quotes (the strategy the host picked writes them), then state where the stories disagree.
/// </summary>
/// <param name="duplicates">Which stories copy one another (<see cref="NoDuplicateRegistry"/> when not tracked), so a story is never set against its own copy.</param>
/// <param name="history">Earlier versions of stories (<see cref="NoStoryHistory"/> when not kept), noted on a disagreement when a side was revised.</param>
public sealed class AnswerService(
    EvidenceGatherer gatherer,
    RefusalPolicy refusalPolicy,
    IAnswerStrategy answers,
    ISummaryStrategy summaries,
    IDuplicateRegistry duplicates,
    IStoryHistory history,
    TimeProvider timeProvider) : IAnswerService
{
    /// <summary>The sentence a refusal says.</summary>
    public const string RefusalText = "The indexed stories do not say. I found nothing in them that answers this question.";

    /// <inheritdoc />
    public async Task<Answer> AskAsync(string question, AskOptions? options = null, CancellationToken cancellationToken = default)
    {
        var started = timeProvider.GetTimestamp();
        var filter = options is null ? null : new IndexFilter(options.Outlets, null, options.Since);
        var (retrieval, profile, stories, evidence, retrievalMs) = await gatherer.GatherAsync(question, filter, cancellationToken);
        if (refusalPolicy.ShouldRefuse(profile, evidence))
        {
            return Refusal(question, retrievalMs, started);
        }

        var origins = await OriginMap.LoadAsync(duplicates, stories.Keys, cancellationToken);
        var draft = await answers.ComposeAsync(new AnswerEvidence(profile, retrieval.Passages, evidence, stories, origins), cancellationToken);
        var (text, citations) = (draft.Text, draft.Citations);
        if (citations.Count == 0) return Refusal(question, retrievalMs, started);

        var disagreements = profile.AsksForQuantity
            ? DisagreementDetector.Detect(ClaimsIn(profile, evidence), stories, profile.ClaimPredicates, origins)
            : [];
        if (profile.Asked.Kind == AnswerKind.YesNo && StanceOf(question, profile, evidence, stories, origins) is { } stance) disagreements.Insert(0, stance);
        if (draft.FoundDisagreements.Count > 0) disagreements = DisagreementMerger.Merge(disagreements, draft.FoundDisagreements);
        if (disagreements.Count > 0)
        {
            var sides = disagreements.SelectMany(d => d.Claims).Select(c => c.SourceId).Distinct(StringComparer.Ordinal).ToList();
            disagreements = RevisionNote.Annotate(disagreements, await history.GetManyAsync(sides, cancellationToken));
        }

        var answerQuotes = citations.Count;
        text += DisagreementProse.CiteSides(disagreements, citations, stories, origins);
        // "Only X reports this" would contradict the other stories a disagreement sets beside it.
        if (disagreements.Count == 0) text += draft.SingleSourceNote;
        var shortAnswer = draft.ShortAnswer;
        if (shortAnswer is not null && disagreements.FirstOrDefault(d => d.Relation == DisagreementRelations.Conflict && d.Kind != DisagreementKinds.Stance) is { } conflict)
        {
            // One phrase cannot stand for stories that conflict: the line names each side instead.
            text = DisagreementProse.DifferentAnswersLine(conflict, citations) + text[(text.IndexOf('\n') + 1)..];
            shortAnswer = null;
        }

        var total = timeProvider.GetElapsedTime(started).TotalMilliseconds;
        return new Answer(
            question, true, text, citations, disagreements, new AnswerTimings(retrievalMs, total - retrievalMs, total),
            draft.Mode,
            draft.Notice is { } notice ? [notice] : null,
            draft.ProposedQuotes + citations.Count - answerQuotes,
            shortAnswer);
    }

    /// <summary>
    /// For a claim or yes/no question: the stance of each independent story whose sentences are about it, and a
    /// stance disagreement when one asserts or reports what another refutes.
    /// </summary>
    private Disagreement? StanceOf(string question, QuestionProfile profile, IReadOnlyList<EvidenceSentence> evidence, IReadOnlyDictionary<string, Story> stories, IReadOnlyDictionary<string, string> origins)
    {
        var claimTerms = profile.TermWeights.Keys.ToHashSet(StringComparer.Ordinal);
        // The passage tells which sentences are about the claim; a stance is read only from those that also
        // name something of it, so a passing "denied" about something else in the passage decides nothing.
        var about = evidence.Where(s => refusalPolicy.Supports(profile, s) && s.Terms.Overlaps(claimTerms) && stories.ContainsKey(s.StoryId)).ToList();
        var stances = StanceDetector.Read(about, claimTerms, origins, StanceClassifier.NegatedTerms(question, claimTerms));
        return StanceDetector.Detect(question.Trim(), stances, stories);
    }

    /// <summary>What the pipeline saw for a question: term weights and scored evidence, best first (for <c>ask --explain</c>).</summary>
    public async Task<(QuestionProfile Profile, IReadOnlyList<EvidenceSentence> Evidence)> ExplainAsync(string question, CancellationToken cancellationToken = default)
    {
        var gathered = await gatherer.GatherAsync(question, null, cancellationToken);
        return (gathered.Profile, gathered.Evidence);
    }

    /// <inheritdoc />
    public Task<Answer> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken = default) =>
        summaries.SummarizeAsync(request, cancellationToken);

    /// <summary>
    /// Numeric claims of the retrieved sentences whose story names every name in the question, so two companies'
    /// profits are not compared, and that are about the question: their passage covers as much of it as the
    /// refusal rule asks, or the claim states the asked act itself, the question's verb with the question's
    /// object ("1,000 people … signed the petition" for "how many employees signed the petition against the
    /// monitoring?"), however differently the story words the rest. The detector then keeps only claims whose
    /// verb is the question's.
    /// </summary>
    private IEnumerable<NumericClaim> ClaimsIn(QuestionProfile profile, IReadOnlyList<EvidenceSentence> evidence) =>
        evidence
            .Where(e => e.NamesEntities)
            .SelectMany(e => e.Claims.Where(c => e.PassageCoverage >= refusalPolicy.MinimumCoverage || AskedAct.IsStatedBy(profile, c, e.Text)));

    private Answer Refusal(string question, double retrievalMs, long started)
    {
        var total = timeProvider.GetElapsedTime(started).TotalMilliseconds;
        return new Answer(question, false, RefusalText, [], [], new AnswerTimings(retrievalMs, total - retrievalMs, total));
    }
}
