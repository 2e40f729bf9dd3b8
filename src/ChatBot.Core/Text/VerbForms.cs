namespace ChatBot.Core.Text;

/// <summary>
/// Tells an inflected verb without a part-of-speech tagger: a lower-case word ending in -ed or -ing, long enough
/// not to be "red" or "king", or one of the irregular forms WordNet lists ("made", "won", "took"; a table built by
/// tools/thesaurus/build-wordnet-verb-forms.py). Numbers' verbs ("6,500 engineers … reassigned"), the words that
/// cannot modify an asked noun ("planted seeds") and the verb after an asked noun ("which team won") are found
/// with it.
/// </summary>
public static class VerbForms
{
    private const string ResourceName = "ChatBot.Core.Text.wordnet-irregular-verbs.txt";

    private static readonly Lazy<HashSet<string>> Irregular = new(() => EmbeddedTable.Lines(ResourceName).ToHashSet(StringComparer.Ordinal));

    /// <summary>True for "reassigned", "planting"; false for "red", "ring", "Reading".</summary>
    public static bool LooksInflected(string word) =>
        word.Length > 0 && char.IsLower(word[0])
        && ((word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal)) || (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal)));

    /// <summary>True for an inflected form, regular ("reassigned") or irregular ("won", "made").</summary>
    public static bool IsInflected(string word) => LooksInflected(word) || Irregular.Value.Contains(word);
}
