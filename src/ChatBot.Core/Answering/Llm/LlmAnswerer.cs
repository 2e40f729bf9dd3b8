using ChatBot.Core.Disagreements;
using ChatBot.Core.Disagreements.Llm;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Stories;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;

namespace ChatBot.Core.Answering.Llm;

/// <summary>
/// The LLM answer path on a Semantic Kernel <see cref="Kernel"/>: the model writes the answer from the retrieved
/// passages (and may search once more) while, in parallel, it is asked for conflicting claims among them. Whatever
/// it proposes is verified. A prompt that overflows the context, or a reply cut at the output limit, is tried once
/// more with half the passages; if the endpoint fails, or the answer does not survive verification, the outcome
/// says why and the pipeline answers extractively.
/// </summary>
public sealed class LlmAnswerer(Kernel kernel, PromptLibrary prompts, LlmSettings? settings = null, ILogger<LlmAnswerer>? logger = null, Func<FollowUpSearch>? search = null)
{
    private readonly LlmSettings _settings = settings ?? LlmSettings.Default;
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    /// <summary>Answers <paramref name="question"/> from <paramref name="passages"/>; never throws for a model failure.</summary>
    public async Task<LlmAnswerOutcome> AnswerAsync(
        string question,
        IReadOnlyList<RetrievedPassage> passages,
        IReadOnlyDictionary<string, Story> stories,
        CancellationToken cancellationToken = default)
    {
        var promptPassages = ForPrompt(passages, stories);
        var disagreements = FindDisagreementsAsync(question, promptPassages, cancellationToken);
        GuardedText? written;
        try
        {
            written = await WriteAsync(question, promptPassages, cancellationToken);
        }
        catch (Exception e) when (e is LlmContextOverflowException or LlmReplyTruncatedException)
        {
            LlmLog.TooLongTwice(_logger, e.Message);
            await disagreements;
            return new LlmAnswerOutcome(null, [], e is LlmContextOverflowException ? LlmAnswerOutcome.ContextOverflowNotice : LlmAnswerOutcome.TruncatedNotice);
        }
        catch (Exception e) when (LlmCall.IsModelFailure(e, cancellationToken))
        {
            LlmLog.Unavailable(_logger, e.GetType().Name, e);
            await disagreements;
            return new LlmAnswerOutcome(null, [], LlmAnswerOutcome.UnavailableNotice);
        }

        return new LlmAnswerOutcome(written, await disagreements, written is null ? LlmAnswerOutcome.UnverifiedNotice : null);
    }

    /// <summary>The retrieved passages whose stories are loaded, as P1, P2, … in rank order, their sentences numbered.</summary>
    public static List<PromptPassage> ForPrompt(IReadOnlyList<RetrievedPassage> passages, IReadOnlyDictionary<string, Story> stories) =>
        PromptPassages.Number(passages
            .Where(p => stories.ContainsKey(p.StoryId))
            .Select(p => (stories[p.StoryId], p.Hit.Chunk.Start, p.Hit.Chunk.Text)));

    private async Task<GuardedText?> WriteAsync(string question, List<PromptPassage> passages, CancellationToken cancellationToken)
    {
        var writer = new GuardedWriter(kernel, _settings, _logger);
        var values = new Dictionary<string, string> { ["question"] = question };
        // One search per question, whether or not the answer is tried again with fewer passages.
        var followUp = search?.Invoke();
        try
        {
            return await writer.WriteAsync("answer", prompts.Answer, values, passages, followUp, cancellationToken);
        }
        catch (Exception e) when (passages.Count > 1 && e is LlmContextOverflowException or LlmReplyTruncatedException)
        {
            LlmLog.TooLong(_logger, e.Message, passages.Count, passages.Count / 2);
            return await writer.WriteAsync("answer", prompts.Answer, values, passages[..(passages.Count / 2)], followUp, cancellationToken);
        }
    }

    private async Task<IReadOnlyList<Disagreement>> FindDisagreementsAsync(string question, IReadOnlyList<PromptPassage> passages, CancellationToken cancellationToken)
    {
        if (passages.Select(p => p.Story.Id).Distinct(StringComparer.Ordinal).Count() < 2) return [];
        try
        {
            return await new LlmDisagreementFinder(kernel, prompts, _settings, _logger).FindAsync(question, passages, cancellationToken);
        }
        catch (Exception e) when (LlmCall.IsModelFailure(e, cancellationToken))
        {
            LlmLog.DisagreementsFailed(_logger, e.GetType().Name, e);
            return [];
        }
    }
}
