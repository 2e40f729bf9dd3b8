namespace ChatBot.Core.Disagreements.Llm;

/// <summary>A conflict a model says it found, before its quotes are verified.</summary>
public sealed record ProposedDisagreement(string Topic, string Kind, IReadOnlyList<ProposedClaim> Claims);

/// <summary>One side as the model gave it: the passage, the claimed value, and the exact quote stating it.</summary>
public sealed record ProposedClaim(string PassageId, string Value, string Quote);
