namespace ChatBot.Core.Text;

/// <summary>
/// Numbers written in words ("five", "twenty-five", "a dozen", "six hundred"): the one vocabulary the candidate
/// reader and the claim reader both match, and their values.
/// </summary>
public static class SpelledNumbers
{
    /// <summary>
    /// A regular-expression fragment for a cardinal in words, up to "ninety-nine hundred": units, teens, tens with
    /// an optional hyphenated unit, "a dozen", "dozens", each optionally followed by "hundred". No anchors: callers
    /// add their own boundaries.
    /// </summary>
    public const string Cardinal =
        @"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|dozens?)(?:\s+hundred)?";

    private static readonly Dictionary<string, double> Values = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80,
        ["ninety"] = 90, ["dozen"] = 12, ["dozens"] = 12,
    };

    /// <summary>The value of a <see cref="Cardinal"/> match: "seven" 7, "twenty-five" 25, "a dozen" 12, "six hundred" 600.</summary>
    public static double Value(string spelled)
    {
        double value = 0;
        foreach (var word in spelled.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word == "hundred") value = Math.Max(value, 1) * 100;
            else if (Values.TryGetValue(word, out var n)) value += n;
        }

        return value;
    }

    /// <summary>True for a number word ("seven", "hundred", "thousand"): none is a verb, though "hundred" ends like one.</summary>
    public static bool IsNumberWord(string word) =>
        Values.ContainsKey(word.ToLowerInvariant()) || word.Equals("hundred", StringComparison.OrdinalIgnoreCase) || word.Equals("thousand", StringComparison.OrdinalIgnoreCase);
}
