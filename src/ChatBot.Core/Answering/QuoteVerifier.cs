using System.Text;
using ChatBot.Core.Chunking;

namespace ChatBot.Core.Answering;

/// <summary>
/// Checks that a quote is verbatim in a story's stored text and finds its span. Only white space (any run
/// counts as one space) and typographic quotation marks (‘’ as ', “” as ") are normalised; any other
/// difference, a changed number, a paraphrase, is a failure.
/// </summary>
public static class QuoteVerifier
{
    /// <summary>The span of <paramref name="quote"/> in <paramref name="storyText"/>, or null when it is not there verbatim.</summary>
    /// <param name="near">Where the quote is expected; the occurrence closest to it wins when the quote repeats.</param>
    public static TextSpan? Find(string storyText, string quote, int near = 0)
    {
        var (needle, _) = NormalizeWithMap(quote.Trim());
        if (needle.Length == 0) return null;
        var (haystack, map) = NormalizeWithMap(storyText);
        TextSpan? best = null;
        for (var at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            var span = new TextSpan(map[at], map[at + needle.Length - 1] + 1);
            if (best is null || Math.Abs(span.Start - near) < Math.Abs(best.Value.Start - near)) best = span;
        }

        return best;
    }

    /// <summary>True when <paramref name="quote"/> is verbatim in <paramref name="storyText"/>.</summary>
    public static bool IsVerbatim(string storyText, string quote) => Find(storyText, quote) is not null;

    /// <summary>
    /// The text with the normalisation applied, and for each of its characters the index of the original
    /// character it came from (a collapsed white-space run maps to its first character).
    /// </summary>
    private static (string Text, int[] Map) NormalizeWithMap(string text)
    {
        var builder = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] == ' ') continue;
                c = ' ';
            }

            builder.Append(c switch
            {
                '‘' or '’' or '‚' or '‛' or '′' => '\'',
                '“' or '”' or '„' or '‟' or '″' => '"',
                _ => c,
            });
            map.Add(i);
        }

        return (builder.ToString(), map.ToArray());
    }
}
