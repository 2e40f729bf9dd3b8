using ChatBot.Core.Stories;

namespace ChatBot.Core.Answering.Llm;

/// <summary>
/// A piece of story text put before the model under a short id ("P1"). <see cref="Start"/> is where
/// <see cref="Text"/> begins in the story, so a quote is looked for near it first.
/// </summary>
public sealed record PromptPassage(string Id, Story Story, int Start, string Text);
