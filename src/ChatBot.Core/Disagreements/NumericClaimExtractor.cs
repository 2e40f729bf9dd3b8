using System.Globalization;
using System.Text.RegularExpressions;
using ChatBot.Core.Chunking;
using ChatBot.Core.Text;

namespace ChatBot.Core.Disagreements;

/// <summary>
/// Finds numeric claims in a sentence: the number with its qualifier, unit and scale, what it counts (the noun
/// after it), and the verb it goes with (the first verb after the counted noun, else the nearest before the
/// number). Numbers may be spelled ("six thousand engineers", "twenty-five stores"). Years, clock times, ordinals
/// and model names ("H100", "Llama 4") are not claims.
/// </summary>
public static partial class NumericClaimExtractor
{
    private static readonly HashSet<string> PeopleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "persons", "employees", "engineers", "staff", "workers", "roles", "positions", "jobs",
        "signatories", "colleagues", "personnel", "members", "staffers", "researchers", "developers",
        "contractors", "users", "customers", "residents", "students", "soldiers", "troops", "civilians",
        "protesters", "voters", "officers", "patients", "victims", "passengers", "migrants", "refugees",
    };

    private static readonly HashSet<string> IrregularVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "laid", "paid", "sold", "cut", "lost", "hit", "fired", "hired", "made", "took", "gave", "won", "spent",
        "left", "quit", "bought", "raised", "sent", "built", "began", "brought", "fell", "rose", "grew", "signed",
        "killed", "died", "injured", "arrested", "joined", "affected", "reached", "earned", "owed", "cost",
    };

    private static readonly HashSet<string> Skippable = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "would", "be", "been", "being", "have", "has", "had", "were", "was", "are", "is", "also", "now",
        "reportedly", "already", "in", "the", "a", "an", "of", "at", "who", "that", "which", "to",
        "all", "just", "each", "its", "their", "our", "from", "across", "on", "by", "for", "with",
    };

    /// <summary>The predicate of a count that something holds: "Meta's 78,000 employees", "its 500 stores".</summary>
    public const string Possession = "have";

    /// <summary>The claims stated in one sentence of a story.</summary>
    public static List<NumericClaim> Extract(string storyId, string storyText, TextSpan sentence)
    {
        var text = sentence.Of(storyText);
        var claims = new List<NumericClaim>();
        foreach (Match match in NumberPattern().Matches(text))
        {
            if (IsNotAClaim(text, match)) continue;
            var value = ParseValue(match);
            var after = WordsAfter(text, match.Index + match.Length);
            var counted = CountedNoun(after, out var afterCounted);
            var category = match.Groups["cur"].Success || IsDollars(counted) ? "money"
                : match.Groups["pct"].Success ? "percent"
                : counted is null ? "count"
                : PeopleNouns.Contains(counted) ? "people"
                : PorterStemmer.Stem(counted.ToLowerInvariant());
            var predicate = FirstVerb(after.Skip(afterCounted))
                ?? (IsPossessed(text, match.Index) ? Possession : FirstVerb(WordsBefore(text, match.Index).Take(4)));
            var qualifier = match.Groups["qual"].Success ? match.Groups["qual"].Value.Trim().ToLowerInvariant() : null;
            claims.Add(new NumericClaim(
                storyId, sentence, value, match.Groups["value"].Value.Trim(), qualifier, category, counted,
                predicate is null ? null : PorterStemmer.Stem(predicate.ToLowerInvariant()), predicate,
                new TextSpan(match.Groups["value"].Index, match.Groups["value"].Index + match.Groups["value"].Length)));
        }

        return claims;
    }

    /// <summary>True when a possessive stands right before the number: "the company's 78,000", "its 500".</summary>
    private static bool IsPossessed(string text, int numberStart)
    {
        var before = text[..numberStart].TrimEnd();
        return before.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || before.EndsWith("’s", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith(" its", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" their", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsNotAClaim(string text, Match match)
    {
        var start = match.Groups["value"].Index;
        var end = match.Index + match.Length;
        if (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '-' or '/' or '.' or ':')) return true; // H100, v2, the 00 of 4:00
        if (end < text.Length && text[end] is ':' or '/' || (end < text.Length && char.IsLetter(text[end]) && !match.Groups["pct"].Success && !match.Groups["scale"].Success)) return true; // 4:00, 2nd
        if (match.Groups["spelled"].Success && IsNotASpelledCount(text, match, end)) return true;
        var number = match.Groups["num"].Value;
        var isYear = number.Length == 4 && !number.Contains(',') && number[0] is '1' or '2' && !match.Groups["cur"].Success && !match.Groups["scale"].Success && !match.Groups["pct"].Success;
        var precededByName = start > 1 && char.IsUpper(PreviousWord(text, start).FirstOrDefault());
        return isYear || precededByName && !match.Groups["qual"].Success && !match.Groups["cur"].Success;
    }

    /// <summary>
    /// A spelled number is a count unless it is the pronoun "one" ("one of the engineers") or part of a compound
    /// modifier ("a three-month-old policy", "two-thirds"), or a vague "dozens" with no scale.
    /// </summary>
    private static bool IsNotASpelledCount(string text, Match match, int end)
    {
        var written = match.Groups["spelled"];
        var spelled = written.Value.ToLowerInvariant();
        var scaled = match.Groups["scale"].Success;
        if (end < text.Length && text[end] == '-') return true;
        // A capital inside a sentence makes it part of a name ("the Four Seasons"); "nine o'clock" is a time.
        if (char.IsUpper(written.Value[0]) && !SentencePosition.OpensSentence(text, written.Index)) return true;
        if (text.AsSpan(end).TrimStart().StartsWith("o'clock", StringComparison.OrdinalIgnoreCase) || text.AsSpan(end).TrimStart().StartsWith("o’clock", StringComparison.OrdinalIgnoreCase)) return true;
        return !scaled && spelled is "one" or "dozens" or "dozen";
    }

    private static string PreviousWord(string text, int index)
    {
        var words = WordsBefore(text, index).ToList();
        return words.Count == 0 ? "" : words[0];
    }

    private static double ParseValue(Match match)
    {
        var value = match.Groups["spelled"].Success
            ? SpelledNumbers.Value(match.Groups["spelled"].Value)
            : double.Parse(match.Groups["num"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        var scale = match.Groups["scale"].Value.Trim().ToLowerInvariant();
        return value * scale switch
        {
            "thousand" or "k" => 1e3,
            "million" or "m" => 1e6,
            "billion" or "bn" => 1e9,
            "trillion" => 1e12,
            "dozen" => 12,
            _ => 1,
        };
    }

    private static bool IsDollars(string? counted) =>
        counted is not null && counted.Equals("dollars", StringComparison.OrdinalIgnoreCase);

    /// <summary>The counted noun: the first lower-case word after the number, past proper names ("8,000 Meta employees").</summary>
    private static string? CountedNoun(IReadOnlyList<string> after, out int consumed)
    {
        consumed = 0;
        for (var i = 0; i < Math.Min(after.Count, 3); i++)
        {
            var word = after[i];
            if (char.IsUpper(word[0])) continue;
            if (Skippable.Contains(word) || StopWords.Contains(word.ToLowerInvariant())) return null;
            consumed = i + 1;
            if (i + 1 < after.Count && after[i + 1] is "members" or "workers" or "employees") consumed++;
            return word;
        }

        return null;
    }

    private static string? FirstVerb(IEnumerable<string> words) => words.Take(6).FirstOrDefault(IsVerbLike);

    private static bool IsVerbLike(string word) => !SpelledNumbers.IsNumberWord(word) && (IrregularVerbs.Contains(word) || VerbForms.LooksInflected(word));

    /// <summary>Words after <paramref name="index"/> up to the end of the clause.</summary>
    private static List<string> WordsAfter(string text, int index)
    {
        var clauseEnd = text.IndexOfAny(ClauseBreaks, index);
        return Word().Matches(text[index..(clauseEnd < 0 ? text.Length : clauseEnd)]).Select(m => m.Value).ToList();
    }

    /// <summary>Words before <paramref name="index"/> back to the start of the clause, nearest first.</summary>
    private static IEnumerable<string> WordsBefore(string text, int index)
    {
        var clauseStart = text.LastIndexOfAny(ClauseBreaks, Math.Max(0, index - 1)) + 1;
        var words = Word().Matches(text[clauseStart..index]).Select(m => m.Value).ToList();
        words.Reverse();
        return words.Where(w => !QualifierWords.Contains(w));
    }

    private static readonly char[] ClauseBreaks = ['.', ';', '—', '–', '(', ')', ':', '"', '“', '”'];

    private static readonly HashSet<string> QualifierWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "roughly", "about", "approximately", "around", "nearly", "almost", "over", "more", "than", "less",
        "fewer", "least", "at", "up", "to", "some", "another", "an", "estimated", "close", "just", "under", "as", "many", "upwards", "of",
    };

    [GeneratedRegex(@"[A-Za-z][A-Za-z'’-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<qual>\b(?:roughly|about|approximately|around|nearly|almost|over|more than|less than|fewer than|at least|at most|up to|some|another|an estimated|close to|just over|just under|as many as|upwards of)\s+)?(?<value>(?<cur>[$€£])?(?:(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(?<spelled>\b" + SpelledNumbers.Cardinal + @"\b))(?<scale>\s*(?:million|billion|trillion|thousand|bn|dozen)\b)?(?<pct>\s*(?:%|percent\b|per cent\b))?)", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();
}
