namespace ChatBot.Core.Chunking;

/// <summary>Words that end with a period without ending a sentence ("Dr. Smith", "Acme Inc. said").</summary>
internal static class Abbreviations
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "rev", "hon", "gov", "sen", "rep", "pres",
        "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "inc", "ltd", "co", "corp", "plc", "llc", "bros",
        "vs", "etc", "approx", "dept", "est", "fig", "no", "nos", "vol", "pp", "ca", "cf", "al", "viz",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    };

    /// <summary>
    /// True when the word before a period is an abbreviation: a listed word, a single letter (an initial),
    /// or dotted letters such as "U.S" or "e.g".
    /// </summary>
    public static bool IsAbbreviation(string word)
    {
        if (word.Length == 0) return false;
        if (word.Length == 1 && char.IsLetter(word[0])) return true;
        if (word.Contains('.', StringComparison.Ordinal) && word.Split('.').All(p => p.Length == 1 && char.IsLetter(p[0]))) return true;
        return Words.Contains(word);
    }
}
