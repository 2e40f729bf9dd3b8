using System.Globalization;
using System.Text;

namespace ChatBot.Core.Text;

/// <summary>
/// Turns text into index terms: lower-cased, stop words dropped, Porter-stemmed, numbers normalised so that
/// "6,500" and "6500" are one term. The SQLite index, Qdrant's sparse vectors and answer scoring all use this,
/// so a question finds what the stories say however either side writes its numbers.
/// </summary>
public static class Tokenizer
{
    /// <summary>The index terms of <paramref name="text"/>, in order, repeats kept.</summary>
    public static List<string> Terms(string text)
    {
        var terms = new List<string>();
        foreach (var word in Words(text))
        {
            if (StopWords.Contains(word)) continue;
            if (word.Length == 1 && !char.IsDigit(word[0])) continue;
            terms.Add(char.IsDigit(word[0]) ? word : PorterStemmer.Stem(word));
        }

        return terms;
    }

    /// <summary>The index terms of the first <paramref name="words"/> words of <paramref name="text"/>: what follows a number or a verb.</summary>
    public static List<string> TermsOfFirstWords(string text, int words) => Terms(string.Join(' ', Words(text).Take(words)));

    /// <summary>The distinct index terms of <paramref name="text"/>, in first-seen order.</summary>
    public static List<string> DistinctTerms(string text) => Terms(text).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Lower-cased words and numbers before stop-word removal and stemming. A possessive 's is dropped,
    /// thousands separators are removed and decimal points kept ("1,600.5" gives "1600.5").
    /// </summary>
    public static IEnumerable<string> Words(string text)
    {
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (current.Length > 0 && IsNumberJoiner(text, i, current))
            {
                if (c == '.') current.Append('.');
                continue;
            }

            if (current.Length > 0 && IsPossessive(text, i))
            {
                i++; // skip the 's
                continue;
            }

            if (current.Length > 0)
            {
                yield return current.ToString();
                current.Clear();
            }
        }

        if (current.Length > 0) yield return current.ToString();
    }

    /// <summary>True for a comma or point inside a number: "6,500", "1.5".</summary>
    private static bool IsNumberJoiner(string text, int i, StringBuilder current)
    {
        var c = text[i];
        if (c is not (',' or '.')) return false;
        if (!char.IsDigit(current[^1]) || i + 1 >= text.Length || !char.IsDigit(text[i + 1])) return false;
        var hasPoint = false;
        for (var k = 0; k < current.Length; k++)
        {
            if (current[k] == '.') hasPoint = true;
            else if (!char.IsDigit(current[k])) return false; // "h100,000" is a word, not a number
        }

        if (c == '.') return !hasPoint;

        // A thousands separator is followed by exactly three digits.
        var digits = 0;
        while (i + 1 + digits < text.Length && char.IsDigit(text[i + 1 + digits])) digits++;
        return digits == 3;
    }

    private static bool IsPossessive(string text, int i) =>
        text[i] is '\'' or '\u2019'
        && i + 1 < text.Length && text[i + 1] is 's' or 'S'
        && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2]));

    /// <summary>Parses a normalised number term ("6500", "1.5"); false for words.</summary>
    public static bool TryParseNumber(string term, out double value) =>
        double.TryParse(term, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
}
