namespace ChatBot.Core.Answering.Llm;

/// <summary>
/// A model writes the answer, every quote verified (issue 4); when it fails or nothing it wrote verifies, the
/// fallback answers, with a notice saying why.
/// </summary>
public sealed class LlmAnswerStrategy(LlmAnswerer model, IAnswerStrategy fallback) : IAnswerStrategy
{
    /// <inheritdoc />
    public async Task<AnswerDraft> ComposeAsync(AnswerEvidence evidence, CancellationToken cancellationToken = default)
    {
        var outcome = await model.AnswerAsync(evidence.Question, evidence.Passages, evidence.Stories, cancellationToken);
        if (outcome.Written is { } written)
        {
            return new AnswerDraft(written.Text, written.Citations.ToList(), null, AnswerModes.Llm, outcome.Notice, outcome.Disagreements, written.Proposed);
        }

        var draft = await fallback.ComposeAsync(evidence, cancellationToken);
        return draft with { Notice = outcome.Notice, FoundDisagreements = outcome.Disagreements };
    }
}
