namespace ChatBot.Core.Disagreements.Llm;

/// <summary>One side as the model gave it: the passage, the claimed value, and the exact quote stating it.</summary>
public sealed record ProposedClaim(string PassageId, string Value, string Quote);
