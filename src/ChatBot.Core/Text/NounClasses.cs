namespace ChatBot.Core.Text;

/// <summary>
/// The WordNet class (food, animal, plant, artifact, substance, object, event, phenomenon, body) of a common
/// noun, from a table derived from WordNet 3.0 by tools/thesaurus/build-wordnet-noun-classes.py. A word is
/// looked up as WordNet's own morphology would ("eggs" → "egg", "berries" → "berry", "dishes" → "dish"), not by
/// its Porter stem, which joins unrelated nouns ("seasonal" and "seasoning"). It tells which common nouns of a sentence name a thing of the kind a
/// "which X" question asks for: "eggs" for "which popular food", "whales" for "which creature".
/// </summary>
public static class NounClasses
{
    private const string ResourceName = "ChatBot.Core.Text.wordnet-noun-classes.tsv";

    private static readonly IReadOnlySet<string> None = new HashSet<string>(StringComparer.Ordinal);

    private static readonly Lazy<Dictionary<string, HashSet<string>>> Table = new(Load);

    /// <summary>The classes of <paramref name="word"/> as a noun (singular or plural); empty for words the table does not type.</summary>
    public static IReadOnlySet<string> Of(string word)
    {
        // A word as the tokenizer's pattern leaves it may carry a full stop or a possessive: "eggs.", "whale's".
        var lower = word.ToLowerInvariant().TrimEnd('.', '\'', '’');
        if (lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("’s", StringComparison.Ordinal)) lower = lower[..^2];
        foreach (var lemma in Lemmas(lower))
        {
            if (Table.Value.TryGetValue(lemma, out var classes)) return classes;
        }

        return None;
    }

    /// <summary>
    /// The word itself, then WordNet's noun detachment rules (morphy), the plain -s first, so "vases" is a vase,
    /// not a "vas": -s, -ies, -ses, -xes, -zes, -ches, -shes, -men.
    /// </summary>
    private static IEnumerable<string> Lemmas(string word)
    {
        yield return word;
        foreach (var (suffix, ending) in Detachments)
        {
            if (word.Length > suffix.Length + 1 && word.EndsWith(suffix, StringComparison.Ordinal)) yield return word[..^suffix.Length] + ending;
        }
    }

    private static readonly (string Suffix, string Ending)[] Detachments =
        [("s", ""), ("ies", "y"), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man")];

    private static Dictionary<string, HashSet<string>> Load()
    {
        using var stream = typeof(NounClasses).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from ChatBot.Core.");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            table[line[..tab]] = new HashSet<string>(line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        }

        return table;
    }
}
