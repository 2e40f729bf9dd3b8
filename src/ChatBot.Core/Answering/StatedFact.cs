namespace ChatBot.Core.Answering;

/// <summary>
/// What a sentence states, as <see cref="Corroboration"/> compares it: the story it is in, the keys of the
/// answer phrases or figures it gives, and its distinct index terms.
/// </summary>
/// <param name="Keys">Phrase or figure keys: two sentences sharing one state the same fact.</param>
public sealed record StatedFact(string StoryId, IReadOnlySet<string> Keys, IReadOnlySet<string> Terms)
{
    /// <summary>The fact an evidence sentence states: its candidates' keys and its terms.</summary>
    public static StatedFact Of(EvidenceSentence sentence) =>
        new(sentence.StoryId, sentence.Candidates.Select(c => c.Key).ToHashSet(StringComparer.Ordinal), sentence.Terms);
}
