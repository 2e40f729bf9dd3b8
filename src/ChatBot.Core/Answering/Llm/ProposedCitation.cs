namespace ChatBot.Core.Answering.Llm;

/// <summary>Marker [<paramref name="Number"/>] as the model proposed it: the id of the sentence it rests on.</summary>
public sealed record ProposedCitation(int Number, string SentenceId);
