using System.Diagnostics;
using System.Text;
using ChatBot.Core.Answering;
using ChatBot.Core.Answering.Llm;
using ChatBot.Core.Chunking;
using ChatBot.Core.Disagreements;
using ChatBot.Core.Disagreements.Llm;
using ChatBot.Core.Stories;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatBot.Core.Summaries.Llm;

/// <summary>
/// Summaries written by a model: what happened, then where outlets disagree, every quote verified. When the
/// stories exceed the context budget each story is summarised on its own and the verified results combined
/// (map, then reduce). When the model fails or nothing it wrote verifies, the extractive
/// <see cref="Summarizer"/> answers, with a notice.
/// </summary>
public sealed class LlmSummarizer(
    SummaryScope scope,
    Summarizer extractive,
    IChatClient chat,
    PromptLibrary prompts,
    LlmSettings? settings = null,
    ILogger<LlmSummarizer>? logger = null)
{
    private readonly LlmSettings _settings = settings ?? LlmSettings.Default;
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    /// <summary>Summarises what the request scopes.</summary>
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
            return await FallbackAsync(request, LlmAnswerOutcome.UnavailableNotice, cancellationToken);
        }

        if (written is null) return await FallbackAsync(request, LlmAnswerOutcome.UnverifiedNotice, cancellationToken);
        var byId = stories.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var claims = stories.SelectMany(s => SentenceSplitter.Split(s.Text).SelectMany(span => NumericClaimExtractor.Extract(s.Id, s.Text, span)));
        var disagreements = DisagreementMerger.Merge(DisagreementDetector.Detect(claims, byId), fromModel);
        var citations = written.Citations.ToList();
        var text = written.Text + DisagreementProse.CiteSides(disagreements, citations, byId);
        var total = stopwatch.Elapsed.TotalMilliseconds;
        var proposed = written.Proposed + citations.Count - written.Citations.Count;
        return new Answer(Title(request), true, text, citations, disagreements, new AnswerTimings(retrievalMs, total - retrievalMs, total), AnswerModes.Llm, null, proposed);
    }

    private async Task<(GuardedText? Written, IReadOnlyList<Disagreement> Disagreements)> WriteAsync(SummaryRequest request, List<Story> stories, CancellationToken cancellationToken)
    {
        var passages = stories.Select((s, i) => new PromptPassage($"P{i + 1}", s, 0, s.Text)).ToList();
        var writer = new GuardedWriter(chat, _settings, _logger);
        var values = new Dictionary<string, string> { ["topic"] = Title(request), ["scope"] = ScopeLine(stories) };
        if (passages.Sum(p => PassageFormatter.EstimateTokens(p.Text) + 30) > _settings.ContextTokenBudget)
        {
            passages = await MapAsync(writer, values, passages, cancellationToken);
            if (passages.Count == 0) return (null, []);
        }

        var disagreements = FindDisagreementsAsync(Title(request), passages, cancellationToken);
        var written = await writer.WriteAsync("summary", prompts.Summarize, values, passages, cancellationToken);
        return (written, await disagreements);
    }

    /// <summary>
    /// Map: each story summarised alone. The reduce step then sees, per story, only its verified quotes, so whatever
    /// it quotes from them verifies against the story.
    /// </summary>
    private async Task<List<PromptPassage>> MapAsync(GuardedWriter writer, Dictionary<string, string> values, List<PromptPassage> passages, CancellationToken cancellationToken)
    {
        var reduced = new List<PromptPassage>();
        foreach (var passage in passages)
        {
            var one = await writer.WriteAsync("summary (one story)", prompts.Summarize, values, [passage with { Id = "P1" }], cancellationToken);
            if (one is null) continue;
            var quotes = string.Join("\n", one.Citations.Select(c => c.Quote));
            reduced.Add(new PromptPassage($"P{reduced.Count + 1}", passage.Story, one.Citations.Min(c => c.Start), quotes));
        }

        return reduced;
    }

    private async Task<IReadOnlyList<Disagreement>> FindDisagreementsAsync(string topic, IReadOnlyList<PromptPassage> passages, CancellationToken cancellationToken)
    {
        if (passages.Count < 2) return [];
        try
        {
            return await new LlmDisagreementFinder(chat, prompts, _settings, _logger).FindAsync(topic, passages, cancellationToken);
        }
        catch (Exception e) when (LlmCall.IsModelFailure(e, cancellationToken))
        {
            LlmLog.DisagreementsFailed(_logger, e.GetType().Name, e);
            return [];
        }
    }

    private async Task<Answer> FallbackAsync(SummaryRequest request, string notice, CancellationToken cancellationToken)
    {
        var answer = await extractive.SummarizeAsync(request, cancellationToken);
        return answer with { Notices = [.. answer.Notices ?? [], notice] };
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
