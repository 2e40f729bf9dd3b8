namespace ChatBot.Core.Text;

/// <summary>
/// Tells an inflected verb by its shape alone, as no part-of-speech tagger is at hand: a lower-case word
/// ending in -ed or -ing, long enough not to be "red" or "king". Numbers' verbs ("6,500 engineers …
/// reassigned") and the words that cannot modify an asked noun ("planted seeds") are found with it.
/// </summary>
public static class VerbForms
{
    /// <summary>True for "reassigned", "planting"; false for "red", "ring", "Reading".</summary>
    public static bool LooksInflected(string word) =>
        word.Length > 0 && char.IsLower(word[0])
        && ((word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal)) || (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal)));
}
