using ChatBot.Core.Answering.Llm;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace ChatBot.Core.Disagreements.Llm;

/// <summary>
/// Asks the model explicitly for conflicting claims among the passages (numbers, dates, who said what, what
/// happened), each side as a sentence id, and keeps only what <see cref="DisagreementVerifier"/> confirms.
/// </summary>
public sealed class LlmDisagreementFinder(Kernel kernel, PromptLibrary prompts, LlmSettings settings, ILogger logger)
{
    /// <summary>Verified conflicts among <paramref name="passages"/> that bear on <paramref name="question"/>.</summary>
    public async Task<List<Disagreement>> FindAsync(string question, IReadOnlyList<PromptPassage> passages, CancellationToken cancellationToken = default)
    {
        var rendered = PassageFormatter.Format(passages, settings.ContextTokenBudget, out var included);
        var prompt = await prompts.Disagreements.RenderAsync(kernel, new Dictionary<string, string>
        {
            ["question"] = question,
            ["passages"] = rendered,
            ["format"] = settings.JsonResponseFormat ? DisagreementFormats.Json : DisagreementFormats.Tagged,
        }, cancellationToken);
        LlmLog.Prompt(logger, "disagreements", prompt.System, prompt.User);
        var reply = await LlmCall.CompleteAsync(kernel, prompt, settings, DisagreementFormats.Schema, cancellationToken: cancellationToken);
        LlmLog.Reply(logger, "disagreements", reply);
        return DisagreementVerifier.Verify(DisagreementReplyParser.Parse(reply), included);
    }
}
