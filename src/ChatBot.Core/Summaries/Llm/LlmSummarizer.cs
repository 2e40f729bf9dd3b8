using System.Diagnostics;
using System.Text;
using ChatBot.Core.Answering;
using ChatBot.Core.Answering.Llm;
using ChatBot.Core.Chunking;
using ChatBot.Core.Disagreements;
using ChatBot.Core.Disagreements.Llm;
using ChatBot.Core.Stories;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;

namespace ChatBot.Core.Summaries.Llm;

/// <summary>
/// Summaries written by a model, every quote verified, laid out as the extractive one: the report counts and the
/// disagreements first, then the model's account, then which of its claims rest on one independent story. When the
/// stories exceed the context budget each story is summarised on its own and the verified results combined
/// (map, then reduce). When the model fails or nothing it wrote verifies, the extractive
/// <see cref="Summarizer"/> answers, with a notice.
/// </summary>
public sealed class LlmSummarizer(
    SummaryScope scope,
    Summarizer extractive,
    Kernel kernel,
    PromptLibrary prompts,
    LlmSettings? settings = null,
    ILogger<LlmSummarizer>? logger = null) : ISummaryStrategy
{
    private readonly LlmSettings _settings = settings ?? LlmSettings.Default;
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    /// <inheritdoc />
    public async Task<Answer> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var stories = await scope.ResolveAsync(request, cancellationToken);
        if (stories.Count == 0) return await extractive.SummarizeAsync(request, cancellationToken);
        var retrievalMs = stopwatch.Elapsed.TotalMilliseconds;
        GuardedText? written;
        IReadOnlyList<Disagreement> fromModel;
        try
        {
            (written, fromModel) = await WriteAsync(request, stories, cancellationToken);
        }
        catch (Exception e) when (LlmCall.IsModelFailure(e, cancellationToken))
        {
            LlmLog.Unavailable(_logger, e.GetType().Name, e);
            var notice = e switch
            {
                LlmContextOverflowException => LlmAnswerOutcome.ContextOverflowNotice,
                LlmReplyTruncatedException => LlmAnswerOutcome.TruncatedNotice,
                _ => LlmAnswerOutcome.UnavailableNotice,
            };
            return await FallbackAsync(request, notice, stopwatch, cancellationToken);
        }

        if (written is null) return await FallbackAsync(request, LlmAnswerOutcome.UnverifiedNotice, stopwatch, cancellationToken);
        var (text, citations, disagreements, outline) = await LayOutAsync(stories, written, fromModel, cancellationToken);
        var total = stopwatch.Elapsed.TotalMilliseconds;
        var proposed = written.Proposed + citations.Count - written.Citations.Count;
        return new Answer(Title(request), true, text, citations, disagreements, new AnswerTimings(retrievalMs, total - retrievalMs, total), AnswerModes.Llm, null, proposed)
        {
            Summary = outline,
        };
    }

    /// <summary>
    /// The model's prose laid out as the extractive summary is: "N reports, M independent", the disagreements
    /// (detected and the model's, conflicts first) with their sides quoted, then the prose with its markers
    /// renumbered after the sides', then which of its claims only one independent story reports.
    /// </summary>
    private async Task<(string Text, List<Citation> Citations, List<Disagreement> Disagreements, SummaryOutline Outline)> LayOutAsync(
        List<Story> stories, GuardedText written, IReadOnlyList<Disagreement> fromModel, CancellationToken cancellationToken)
    {
        var byId = stories.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var origins = await extractive.OriginsAsync(byId.Keys, cancellationToken);
        var composer = new SummaryComposer(stories, origins);
        var claims = stories.SelectMany(s => SentenceSplitter.Split(s.Text).SelectMany(span => NumericClaimExtractor.Extract(s.Id, s.Text, span)));
        var disagreements = SummaryComposer.ConflictsFirst(DisagreementMerger.Merge(DisagreementDetector.Detect(claims, byId, origins: origins), fromModel));
        var citations = new List<Citation>();
        var disagreementText = composer.Disagreements(disagreements, citations);
        var sides = SummaryComposer.SidesCited(disagreements, citations);
        var moved = new Dictionary<int, int>();
        foreach (var citation in written.Citations)
        {
            moved[citation.Number] = citations.Count + 1;
            citations.Add(composer.Corroborated(citation with { Number = citations.Count + 1 }));
        }

        var outline = composer.Outline(citations, sides);
        var single = composer.SingleSourceLine(citations.Where(c => outline.SingleSource.Contains(c.Number)));
        var sections = new[] { outline.CountSentence(), disagreementText, SummaryComposer.Renumber(written.Text, moved).Trim(), single };
        return (string.Join("\n\n", sections.Where(t => t.Length > 0)), citations, disagreements, outline);
    }

    private async Task<(GuardedText? Written, IReadOnlyList<Disagreement> Disagreements)> WriteAsync(SummaryRequest request, List<Story> stories, CancellationToken cancellationToken)
    {
        var passages = PromptPassages.Number(stories.Select(s => (s, 0, s.Text)));
        var writer = new GuardedWriter(kernel, _settings, _logger);
        var values = new Dictionary<string, string> { ["topic"] = Title(request), ["scope"] = ScopeLine(stories) };
        if (passages.Sum(p => PassageFormatter.EstimateTokens(p.Text) + 30) > _settings.ContextTokenBudget)
        {
            passages = await MapAsync(writer, values, passages, cancellationToken);
            if (passages.Count == 0) return (null, []);
        }

        var disagreements = FindDisagreementsAsync(Title(request), passages, cancellationToken);
        var written = await writer.WriteAsync("summary", prompts.Summarize, values, passages, cancellationToken: cancellationToken);
        return (written, await disagreements);
    }

    /// <summary>
    /// Map: each story summarised alone. The reduce step then sees, per story, only the sentences its summary cited,
    /// renumbered, so whatever it cites is still stored story text.
    /// </summary>
    private async Task<List<PromptPassage>> MapAsync(GuardedWriter writer, Dictionary<string, string> values, List<PromptPassage> passages, CancellationToken cancellationToken)
    {
        var kept = new List<(Story, IReadOnlyList<PromptSentence>)>();
        foreach (var passage in passages)
        {
            var alone = PromptPassages.Number([(passage.Story, passage.Start, passage.Text)]);
            var one = await writer.WriteAsync("summary (one story)", prompts.Summarize, values, alone, cancellationToken: cancellationToken);
            if (one is null) continue;
            kept.Add((passage.Story, one.Citations.OrderBy(c => c.Start).Select(c => new PromptSentence("", c.Quote, c.Start)).DistinctBy(c => c.Start).ToList()));
        }

        return PromptPassages.FromSentences(kept);
    }

    private async Task<IReadOnlyList<Disagreement>> FindDisagreementsAsync(string topic, IReadOnlyList<PromptPassage> passages, CancellationToken cancellationToken)
    {
        if (passages.Count < 2) return [];
        try
        {
            return await new LlmDisagreementFinder(kernel, prompts, _settings, _logger).FindAsync(topic, passages, cancellationToken);
        }
        catch (Exception e) when (LlmCall.IsModelFailure(e, cancellationToken))
        {
            LlmLog.DisagreementsFailed(_logger, e.GetType().Name, e);
            return [];
        }
    }

    /// <summary>
    /// The extractive summary, its timings counting the time the model took before it failed: the user waited
    /// for both, and a total without the model's share would hide a slow endpoint.
    /// </summary>
    private async Task<Answer> FallbackAsync(SummaryRequest request, string notice, Stopwatch stopwatch, CancellationToken cancellationToken)
    {
        var modelMs = stopwatch.Elapsed.TotalMilliseconds;
        var answer = await extractive.SummarizeAsync(request, cancellationToken);
        var timings = answer.Timings with { AnsweringMs = answer.Timings.AnsweringMs + modelMs, TotalMs = answer.Timings.TotalMs + modelMs };
        return answer with { Notices = [.. answer.Notices ?? [], notice], Timings = timings };
    }

    private static string Title(SummaryRequest request) =>
        string.IsNullOrWhiteSpace(request.Topic) ? "Summary of all stories" : request.Topic!;

    private static string ScopeLine(IReadOnlyList<Story> stories)
    {
        var outlets = stories.Select(s => s.Metadata.Outlet ?? s.Id).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new StringBuilder().Append(stories.Count).Append(stories.Count == 1 ? " story" : " stories")
            .Append(" from ").AppendJoin(", ", outlets).ToString();
    }
}
