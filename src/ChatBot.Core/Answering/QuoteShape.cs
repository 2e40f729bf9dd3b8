using System.Text.RegularExpressions;

namespace ChatBot.Core.Answering;

/// <summary>
/// Whether a sentence reads as prose, judged by its shape alone: page furniture (menus, table rows, bylines,
/// link lines, promos glued to the next word by the scraper) is mostly capitalised or symbolic words, while a
/// sentence has enough lower-case words to carry a verb. Only prose is quoted.
/// </summary>
public static partial class QuoteShape
{
    /// <summary>True when <paramref name="sentence"/> can stand as a quote.</summary>
    public static bool IsProse(string sentence)
    {
        var text = Url().Replace(sentence, " ");
        if (Glued().IsMatch(text)) return false;
        var words = Word().Matches(text);
        if (words.Count < 4) return false;
        var lower = words.Count(w => char.IsLower(w.Value[0]));
        var letters = text.Count(char.IsLetter);
        var visible = text.Count(c => !char.IsWhiteSpace(c));
        return lower >= 3 && lower * 10 >= words.Count * 4 && letters * 10 >= visible * 7;
    }

    [GeneratedRegex(@"\b(?:https?://|www\.)\S+")]
    private static partial Regex Url();

    /// <summary>Two phrases run together where the page had a line break: "newsletterDelivered".</summary>
    [GeneratedRegex(@"\p{Ll}{4,}\p{Lu}\p{Ll}")]
    private static partial Regex Glued();

    [GeneratedRegex(@"\p{L}[\p{L}'’-]*")]
    private static partial Regex Word();
}
