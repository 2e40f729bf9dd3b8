namespace ChatBot.Core.Answering.Llm;

/// <summary>One quote a model proposed for marker [<paramref name="Number"/>].</summary>
public sealed record ProposedCitation(int Number, string PassageId, string Quote);
