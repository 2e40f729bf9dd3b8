using ChatBot.Core.Disagreements;
using ChatBot.Core.Disagreements.Llm;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Stories;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatBot.Core.Answering.Llm;

/// <summary>
/// The LLM answer path: the model writes the answer from the retrieved passages while, in parallel, it is asked
/// for conflicting claims among them. Whatever it proposes is verified; if the endpoint fails, or the answer does
/// not survive verification twice, the outcome says so and the pipeline answers extractively.
/// </summary>
public sealed class LlmAnswerer(IChatClient chat, PromptLibrary prompts, LlmSettings? settings = null, ILogger<LlmAnswerer>? logger = null)
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
            written = await new GuardedWriter(chat, _settings, _logger)
                .WriteAsync("answer", prompts.Answer, new Dictionary<string, string> { ["question"] = question }, promptPassages, cancellationToken);
        }
        catch (Exception e) when (LlmCall.IsModelFailure(e, cancellationToken))
        {
            LlmLog.Unavailable(_logger, e.GetType().Name, e);
            await disagreements;
            return new LlmAnswerOutcome(null, [], LlmAnswerOutcome.UnavailableNotice);
        }

        return new LlmAnswerOutcome(written, await disagreements, written is null ? LlmAnswerOutcome.UnverifiedNotice : null);
    }

    /// <summary>The retrieved passages whose stories are loaded, as P1, P2, … in rank order.</summary>
    public static List<PromptPassage> ForPrompt(IReadOnlyList<RetrievedPassage> passages, IReadOnlyDictionary<string, Story> stories) =>
        passages
            .Where(p => stories.ContainsKey(p.StoryId))
            .Select((p, i) => new PromptPassage($"P{i + 1}", stories[p.StoryId], p.Hit.Chunk.Start, p.Hit.Chunk.Text))
            .ToList();

    private async Task<IReadOnlyList<Disagreement>> FindDisagreementsAsync(string question, IReadOnlyList<PromptPassage> passages, CancellationToken cancellationToken)
    {
        if (passages.Select(p => p.Story.Id).Distinct(StringComparer.Ordinal).Count() < 2) return [];
        try
        {
            return await new LlmDisagreementFinder(chat, prompts, _settings, _logger).FindAsync(question, passages, cancellationToken);
        }
        catch (Exception e) when (LlmCall.IsModelFailure(e, cancellationToken))
        {
            LlmLog.DisagreementsFailed(_logger, e.GetType().Name, e);
            return [];
        }
    }
}
