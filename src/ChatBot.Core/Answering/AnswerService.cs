using ChatBot.Core.Answering.Candidates;
using ChatBot.Core.Answering.Llm;
using ChatBot.Core.Disagreements;
using ChatBot.Core.Disagreements.Llm;
using ChatBot.Core.Disagreements.Stance;
using ChatBot.Core.Index;
using ChatBot.Core.Ingestion.Duplicates;
using ChatBot.Core.Ingestion.History;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Stories;
using ChatBot.Core.Summaries;
using ChatBot.Core.Summaries.Llm;
using ChatBot.Core.Text;

namespace ChatBot.Core.Answering;

/// <summary>
/// The answer pipeline shared by the CLI, the Discord bot and eval: retrieve, score evidence, refuse or answer
/// with verified quotes, then state where the stories disagree.
/// </summary>
public sealed class AnswerService(
    IStoryIndex index,
    Retriever retriever,
    ExtractiveAnswerer answerer,
    RefusalPolicy refusalPolicy,
    Summarizer summarizer,
    TimeProvider? timeProvider = null,
    LlmAnswerer? llm = null,
    LlmSummarizer? llmSummarizer = null,
    IDuplicateRegistry? duplicates = null,
    IStoryHistory? history = null) : IAnswerService
{
    /// <summary>The sentence a refusal says.</summary>
    public const string RefusalText = "The indexed stories do not say. I found nothing in them that answers this question.";

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <inheritdoc />
    public async Task<Answer> AskAsync(string question, AskOptions? options = null, CancellationToken cancellationToken = default)
    {
        var started = _time.GetTimestamp();
        var filter = options is null ? null : new IndexFilter(options.Outlets, null, options.Since);
        var (retrieval, profile, stories, evidence, retrievalMs) = await GatherAsync(question, filter, cancellationToken);
        if (refusalPolicy.ShouldRefuse(profile, evidence))
        {
            return Refusal(question, retrievalMs, started);
        }

        // LLM seam (issue 4): when a model is configured it writes the answer, every quote verified; otherwise, or
        // when it fails, the extractive answer stands, with a notice saying why.
        var llmOutcome = llm is null ? null : await llm.AnswerAsync(question, retrieval.Passages, stories, cancellationToken);
        var origins = await OriginMap.LoadAsync(duplicates, stories.Keys, cancellationToken);
        var draft = llmOutcome?.Written is { } written
            ? new ExtractiveDraft(written.Text, written.Citations.ToList(), null)
            : answerer.Compose(profile, evidence, stories, origins);
        var (text, citations) = (draft.Text, draft.Citations);
        if (citations.Count == 0) return Refusal(question, retrievalMs, started);

        var disagreements = profile.AsksForQuantity
            ? DisagreementDetector.Detect(ClaimsIn(evidence), stories, profile.ClaimPredicates, origins)
            : [];
        if (profile.Asked.Kind == AnswerKind.YesNo && StanceOf(question, profile, evidence, stories, origins) is { } stance) disagreements.Insert(0, stance);
        if (llmOutcome is { Disagreements.Count: > 0 }) disagreements = DisagreementMerger.Merge(disagreements, llmOutcome.Disagreements);
        if (history is not null && disagreements.Count > 0)
        {
            var sides = disagreements.SelectMany(d => d.Claims).Select(c => c.SourceId).Distinct(StringComparer.Ordinal).ToList();
            disagreements = RevisionNote.Annotate(disagreements, await history.GetManyAsync(sides, cancellationToken));
        }

        var answerQuotes = citations.Count;
        text += DisagreementProse.CiteSides(disagreements, citations, stories);
        var shortAnswer = draft.ShortAnswer;
        if (shortAnswer is not null && disagreements.FirstOrDefault(d => d.Relation == DisagreementRelations.Conflict && d.Kind != DisagreementKinds.Stance) is { } conflict)
        {
            // One phrase cannot stand for stories that conflict: the line names each side instead.
            text = DisagreementProse.DifferentAnswersLine(conflict, citations) + text[(text.IndexOf('\n') + 1)..];
            shortAnswer = null;
        }

        var total = _time.GetElapsedTime(started).TotalMilliseconds;
        return new Answer(
            question, true, text, citations, disagreements, new AnswerTimings(retrievalMs, total - retrievalMs, total),
            llmOutcome?.Written is null ? AnswerModes.Extractive : AnswerModes.Llm,
            llmOutcome?.Notice is { } notice ? [notice] : null,
            (llmOutcome?.Written?.Proposed ?? answerQuotes) + citations.Count - answerQuotes,
            shortAnswer);
    }

    /// <summary>
    /// For a claim or yes/no question: the stance of each independent story whose sentences are about it, and a
    /// stance disagreement when one asserts or reports what another refutes.
    /// </summary>
    private Disagreement? StanceOf(string question, QuestionProfile profile, IReadOnlyList<EvidenceSentence> evidence, IReadOnlyDictionary<string, Story> stories, IReadOnlyDictionary<string, string> origins)
    {
        var about = evidence.Where(s => refusalPolicy.Supports(profile, s) && stories.ContainsKey(s.StoryId)).ToList();
        var stances = StanceDetector.Read(about, profile.TermWeights.Keys.ToHashSet(StringComparer.Ordinal), origins);
        return StanceDetector.Detect(question.Trim(), stances, stories);
    }

    /// <summary>What the pipeline saw for a question: term weights and scored evidence, best first (for <c>ask --explain</c>).</summary>
    public async Task<(QuestionProfile Profile, IReadOnlyList<EvidenceSentence> Evidence)> ExplainAsync(string question, CancellationToken cancellationToken = default)
    {
        var (_, profile, _, evidence, _) = await GatherAsync(question, null, cancellationToken);
        return (profile, evidence);
    }

    /// <summary>Retrieval (and how long it took), the question's profile, the stories retrieved, and their sentences scored.</summary>
    private async Task<(RetrievalResult Retrieval, QuestionProfile Profile, Dictionary<string, Story> Stories, List<EvidenceSentence> Evidence, double RetrievalMs)> GatherAsync(
        string question, IndexFilter? filter, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        var retrieval = await retriever.RetrieveAsync(question, filter, cancellationToken);
        var retrievalMs = _time.GetElapsedTime(started).TotalMilliseconds;
        var profile = QuestionProfile.Create(question, retrieval.QueryTerms, retrieval.Statistics);
        var stories = await StoryLoader.LoadAsync(index, retrieval.Passages.Select(p => p.StoryId), cancellationToken);
        return (retrieval, profile, stories, EvidenceScorer.Score(profile, retrieval.Passages, StoryNames.StoriesNaming(profile, stories)), retrievalMs);
    }

    /// <inheritdoc />
    public Task<Answer> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken = default) =>
        llmSummarizer is null ? summarizer.SummarizeAsync(request, cancellationToken) : llmSummarizer.SummarizeAsync(request, cancellationToken);

    /// <summary>
    /// Numeric claims of the retrieved sentences whose passage is about the question (it covers as much of it as
    /// the refusal rule asks, and its story names every name in the question), so two companies' profits are not
    /// compared. The detector then keeps only claims whose verb is the question's.
    /// </summary>
    private IEnumerable<NumericClaim> ClaimsIn(IReadOnlyList<EvidenceSentence> evidence) =>
        evidence
            .Where(e => e.NamesEntities && e.PassageCoverage >= refusalPolicy.MinimumCoverage)
            .SelectMany(e => e.Claims);

    private Answer Refusal(string question, double retrievalMs, long started)
    {
        var total = _time.GetElapsedTime(started).TotalMilliseconds;
        return new Answer(question, false, RefusalText, [], [], new AnswerTimings(retrievalMs, total - retrievalMs, total));
    }
}
