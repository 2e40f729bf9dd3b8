namespace ChatBot.Core.Answering;

/// <summary>Answers with sentences chosen from the stories, no model involved.</summary>
public sealed class ExtractiveAnswerStrategy(ExtractiveAnswerer answerer) : IAnswerStrategy
{
    /// <inheritdoc />
    public Task<AnswerDraft> ComposeAsync(AnswerEvidence evidence, CancellationToken cancellationToken = default)
    {
        var draft = answerer.Compose(evidence.Profile, evidence.Evidence, evidence.Stories, evidence.Origins);
        // Every quote chosen is verified before it is kept, so as many were proposed as survive.
        return Task.FromResult(new AnswerDraft(draft.Text, draft.Citations, draft.ShortAnswer, AnswerModes.Extractive, null, [], draft.Citations.Count) { SingleSourceNote = draft.SingleSourceNote });
    }
}
