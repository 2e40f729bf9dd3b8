namespace ChatBot.Core.Text;

/// <summary>
/// The WordNet class (food, animal, plant, artifact, substance, object, event, phenomenon, body) of a common
/// noun, from a table derived from WordNet 3.0 by tools/thesaurus/build-wordnet-noun-classes.py. A word is
/// looked up as WordNet's own morphology would ("eggs" → "egg", "berries" → "berry", "dishes" → "dish"), not by
/// its Porter stem, which joins unrelated nouns ("seasonal" and "seasoning"). It tells which common nouns of a sentence name a thing of the kind a
/// "which X" question asks for: "eggs" for "which popular food", "whales" for "which creature". The table also
/// files nouns under the classes of what names name (person, group, location), kept apart from the concrete ones:
/// a common noun of those classes is no answer of its own ("the city"), but it tells what a name names.
/// </summary>
public static class NounClasses
{
    private const string ResourceName = "ChatBot.Core.Text.wordnet-noun-classes.tsv";

    private static readonly Lazy<Dictionary<string, Classes>> Table = new(Load);

    /// <summary>The class of nouns naming people ("president", "actor").</summary>
    public const string Person = "person";

    private const string Group = "group";

    private const string Location = "location";

    /// <summary>The classes of what names name, and the table's mark of a top sense in none of its classes.</summary>
    private static readonly HashSet<string> NotConcrete = new(StringComparer.Ordinal) { Person, Group, Location, "other" };

    /// <summary>The concrete classes of <paramref name="word"/> as a noun (singular or plural); empty for words the table does not type so.</summary>
    public static IReadOnlySet<string> Of(string word) => Lookup(word).Concrete;

    /// <summary>
    /// True when every usual sense of <paramref name="word"/> is a person ("president", "senator"; not "host",
    /// also a multitude, nor "star").
    /// </summary>
    public static bool NamesOnlyPeople(string word) => Lookup(word).All is { Count: 1 } all && all.Contains(Person);

    /// <summary>
    /// True when <paramref name="word"/> names groups or places and never a person in its usual senses: "team",
    /// "company", "country", "city"; not "figure" or "retailer".
    /// </summary>
    public static bool NamesGroupsOrPlaces(string word) => Lookup(word).All is var all && !all.Contains(Person) && (all.Contains(Group) || all.Contains(Location));

    /// <summary>
    /// True when the first, most frequent sense of <paramref name="word"/> is a place ("Florida", "Chicago",
    /// "city"); false for words WordNet first files elsewhere ("Apple", "Amazon") or not at all.
    /// </summary>
    public static bool FirstNamesAPlace(string word) => Lookup(word).First == Location;

    /// <summary>True when <paramref name="word"/> names groups and never a person or a place in its usual senses: "team", "company", "chain"; not "country".</summary>
    public static bool NamesOnlyGroups(string word) => Lookup(word).All is var all && all.Contains(Group) && !all.Contains(Person) && !all.Contains(Location);

    private static Classes Lookup(string word)
    {
        // A word as the tokenizer's pattern leaves it may carry a full stop or a possessive: "eggs.", "whale's".
        var lower = word.ToLowerInvariant().TrimEnd('.', '\'', '’');
        if (lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("’s", StringComparison.Ordinal)) lower = lower[..^2];
        foreach (var lemma in Lemmas(lower))
        {
            if (Table.Value.TryGetValue(lemma, out var classes)) return classes;
        }

        return Classes.None;
    }

    /// <summary>A noun's classes: the concrete ones, and all of them (those of names and "other" too).</summary>
    private sealed record Classes(IReadOnlySet<string> Concrete, IReadOnlySet<string> All, string? First)
    {
        public static readonly Classes None = new(new HashSet<string>(), new HashSet<string>(), null);
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

    private static Dictionary<string, Classes> Load()
    {
        var table = new Dictionary<string, Classes>(StringComparer.Ordinal);
        foreach (var line in EmbeddedTable.Lines(ResourceName))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var listed = line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var all = new HashSet<string>(listed, StringComparer.Ordinal);
            table[line[..tab]] = new Classes(all.Where(c => !NotConcrete.Contains(c)).ToHashSet(StringComparer.Ordinal), all, listed[0]);
        }

        return table;
    }
}
