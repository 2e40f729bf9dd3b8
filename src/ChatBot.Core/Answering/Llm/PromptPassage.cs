using ChatBot.Core.Stories;

namespace ChatBot.Core.Answering.Llm;

/// <summary>
/// A piece of story text put before the model under a short id ("P1"), as numbered sentences. <see cref="Start"/>
/// is where <see cref="Text"/> begins in the story. Made by <see cref="PromptPassages"/>, which numbers the sentences.
/// </summary>
public sealed record PromptPassage(string Id, Story Story, int Start, string Text)
{
    /// <summary>The passage's sentences, in order, with ids unique within one prompt.</summary>
    public IReadOnlyList<PromptSentence> Sentences { get; init; } = [];
}
