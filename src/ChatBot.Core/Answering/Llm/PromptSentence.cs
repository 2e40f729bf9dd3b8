namespace ChatBot.Core.Answering.Llm;

/// <summary>
/// One sentence of a passage as the model sees it, under an id ("S4") the model cites instead of copying text.
/// <see cref="Text"/> is the stored story text at <see cref="Start"/>, so the bot, not the model, writes the quote.
/// </summary>
public sealed record PromptSentence(string Id, string Text, int Start);
