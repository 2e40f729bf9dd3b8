namespace ChatBot.Core.Answering;

/// <summary>
/// The answer in a phrase, when the evidence settles on one: a verbatim span of each cited quote it lists.
/// </summary>
/// <param name="Text">The phrase ("Buffalo Bills").</param>
/// <param name="Citations">The numbers of the citations whose quote states it.</param>
public sealed record ShortAnswer(string Text, IReadOnlyList<int> Citations);
