using ChatBot.Core.Chunking;

namespace ChatBot.Core.Index;

/// <summary>A passage's sentence as indexed.</summary>
/// <param name="Span">Where the sentence is in the passage's text (not the story's).</param>
/// <param name="Terms">The sentence's distinct index terms (<see cref="Text.Tokenizer.Terms"/>), in order of first use.</param>
public sealed record PassageSentence(TextSpan Span, IReadOnlySet<string> Terms);
