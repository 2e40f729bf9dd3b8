using ChatBot.Core.Disagreements;
using ChatBot.Core.Index;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Stories;
using ChatBot.Core.Summaries;

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
    TimeProvider? timeProvider = null) : IAnswerService
{
    /// <summary>The sentence a refusal says.</summary>
    public const string RefusalText = "The indexed stories do not say. I found nothing in them that answers this question.";

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <inheritdoc />
    public async Task<Answer> AskAsync(string question, AskOptions? options = null, CancellationToken cancellationToken = default)
    {
        var started = _time.GetTimestamp();
        var filter = options is null ? null : new IndexFilter(options.Outlets, null, options.Since);
        var retrieval = await retriever.RetrieveAsync(question, filter, cancellationToken);
        var retrievalMs = _time.GetElapsedTime(started).TotalMilliseconds;

        var profile = QuestionProfile.Create(question, retrieval.QueryTerms, retrieval.Statistics);
        var evidence = EvidenceScorer.Score(profile, retrieval.Passages);
        if (refusalPolicy.ShouldRefuse(profile, evidence))
        {
            return Refusal(question, retrievalMs, started);
        }

        var stories = await StoryLoader.LoadAsync(index, evidence.Select(e => e.StoryId), cancellationToken);
        var (text, citations) = answerer.Compose(evidence, stories);
        if (citations.Count == 0) return Refusal(question, retrievalMs, started);

        var disagreements = profile.AsksForQuantity
            ? DisagreementDetector.Detect(ClaimsIn(evidence, stories, profile), stories, profile.TermWeights.Keys.ToHashSet(StringComparer.Ordinal))
            : [];
        text += DisagreementProse.Describe(disagreements, citations, stories);
        var total = _time.GetElapsedTime(started).TotalMilliseconds;
        return new Answer(question, true, text, citations, disagreements, new AnswerTimings(retrievalMs, total - retrievalMs, total), QuotesProposed: citations.Count);
    }

    /// <inheritdoc />
    public Task<Answer> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken = default) =>
        summarizer.SummarizeAsync(request, cancellationToken);

    /// <summary>
    /// Numeric claims from the sentences that bear on the question: those covering at least half of what the
    /// best sentence covers.
    /// </summary>
    private static IEnumerable<NumericClaim> ClaimsIn(IReadOnlyList<EvidenceSentence> evidence, IReadOnlyDictionary<string, Story> stories, QuestionProfile profile)
    {
        var bar = evidence.Count == 0 ? 0 : evidence[0].Coverage / 2;
        return evidence
            .Where(e => e.Coverage >= bar && stories.ContainsKey(e.StoryId))
            .SelectMany(e => NumericClaimExtractor.Extract(e.StoryId, stories[e.StoryId].Text, e.Span));
    }

    private Answer Refusal(string question, double retrievalMs, long started)
    {
        var total = _time.GetElapsedTime(started).TotalMilliseconds;
        return new Answer(question, false, RefusalText, [], [], new AnswerTimings(retrievalMs, total - retrievalMs, total));
    }
}
