namespace ChatBot.Core.Disagreements.Llm;

/// <summary>A conflict a model says it found, before its quotes are verified.</summary>
public sealed record ProposedDisagreement(string Topic, string Kind, IReadOnlyList<ProposedClaim> Claims);
