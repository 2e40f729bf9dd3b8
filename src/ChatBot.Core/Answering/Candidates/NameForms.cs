using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Answering.Candidates;

/// <summary>
/// The usual ways English writes one name in several forms: an acronym and its expansion ("WWII" and "World War
/// II", "FDA" and "Food and Drug Administration"), dotted and undotted initials ("U.S." and "US"), and the
/// abbreviated titles of people and places ("Dr." and "Doctor", "Mt." and "Mount").
/// </summary>
public static partial class NameForms
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["dr"] = "doctor",
        ["st"] = "saint",
        ["mt"] = "mount",
        ["ft"] = "fort",
        ["gov"] = "governor",
        ["sen"] = "senat",
        ["rep"] = "repres",
        ["pres"] = "presid",
        ["gen"] = "gener",
        ["jr"] = "junior",
        ["sr"] = "senior",
        ["prof"] = "professor",
        ["capt"] = "captain",
        ["lt"] = "lieuten",
        ["col"] = "colonel",
        ["sgt"] = "sergeant",
        ["co"] = "compani",
        ["corp"] = "corpor",
        ["inc"] = "incorpor",
        ["univ"] = "univers",
    };

    /// <summary>A name's letters and digits, lower-cased, without dots: "U.S." is "us".</summary>
    public static string Compact(string name)
    {
        var compact = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c)) compact.Append(char.ToLowerInvariant(c));
        }

        return compact.ToString();
    }

    /// <summary>The stem an abbreviated title stands for ("dr" → "doctor"), or the term itself.</summary>
    public static string Expand(string term) => Titles.GetValueOrDefault(term, term);

    /// <summary>
    /// The acronyms the capitalised runs of <paramref name="text"/> spell, lower-cased: "World War II" spells
    /// "wwii", "Food and Drug Administration" spells "fda" (joining words are skipped, numerals kept whole).
    /// </summary>
    public static HashSet<string> Acronyms(string text)
    {
        var acronyms = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match run in CapitalisedRun().Matches(text))
        {
            var acronym = new StringBuilder();
            foreach (Match word in RunWord().Matches(run.Value))
            {
                var w = word.Value;
                if (char.IsUpper(w[0]) && !IsRomanNumeral(w)) acronym.Append(char.ToLowerInvariant(w[0]));
                else if (IsRomanNumeral(w) || char.IsDigit(w[0])) acronym.Append(w.ToLowerInvariant());
            }

            if (acronym.Length >= 2) acronyms.Add(acronym.ToString());
        }

        return acronyms;
    }

    /// <summary>True when <paramref name="text"/> writes the short name <paramref name="compact"/> as dotted initials ("us" as "U.S.").</summary>
    public static bool IsWrittenDotted(string text, string compact) =>
        compact.Length is >= 2 and <= 4 && compact.All(char.IsLetter)
        && text.Contains(string.Concat(compact.Select(c => $"{char.ToUpperInvariant(c)}.")), StringComparison.Ordinal);

    private static bool IsRomanNumeral(string word) => RomanNumeral().IsMatch(word);

    [GeneratedRegex(@"\b[A-Z][\p{L}]*(?:\s+(?:(?:of|and|for|the|&)\s+)?(?:[A-Z][\p{L}]*|\d{1,3}))+")]
    private static partial Regex CapitalisedRun();

    [GeneratedRegex(@"[\p{L}\d]+")]
    private static partial Regex RunWord();

    [GeneratedRegex(@"^(II|III|IV|VI|VII|VIII|IX|XI|XII)$")]
    private static partial Regex RomanNumeral();
}
