namespace ChatBot.Core.Answering.Llm;

/// <summary>What a model proposed: text with [n] markers and, per marker, the passage and the exact quote.</summary>
/// <param name="Answered">False when the model said the passages do not answer.</param>
public sealed record LlmReply(string Text, IReadOnlyList<ProposedCitation> Citations, bool Answered = true);
