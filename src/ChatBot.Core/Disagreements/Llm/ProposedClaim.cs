namespace ChatBot.Core.Disagreements.Llm;

/// <summary>One side as the model gave it: the id of the sentence that states it, and the claimed value.</summary>
public sealed record ProposedClaim(string SentenceId, string Value);
