namespace ChatBot.Core.Answering;

/// <summary>
/// Writes the answer from evidence the pipeline has already judged answerable: extractively, or by a model
/// that falls back to the extractive strategy. The host picks one when it composes the pipeline.
/// </summary>
public interface IAnswerStrategy
{
    /// <summary>The answer's text and verified citations; no citations means nothing verified to stand on.</summary>
    Task<AnswerDraft> ComposeAsync(AnswerEvidence evidence, CancellationToken cancellationToken = default);
}
