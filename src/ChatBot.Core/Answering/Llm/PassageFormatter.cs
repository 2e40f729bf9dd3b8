using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Answering.Llm;

/// <summary>
/// Renders passages for a prompt as clearly delimited, quoted material: each inside
/// <c>&lt;passage id="P1" outlet="…"&gt; … &lt;/passage&gt;</c>. Story text is untrusted, so anything in it that
/// looks like a delimiter is defused before it goes in, and a passage can never close its own block.
/// </summary>
public static partial class PassageFormatter
{
    /// <summary>Roughly how many characters make a token in English prose; used for the context budget.</summary>
    public const int CharactersPerToken = 4;

    /// <summary>
    /// The passages in order, as many as fit in <paramref name="tokenBudget"/>; a passage that would overflow the
    /// budget is cut at a sentence boundary when at least a few hundred characters of it fit, else left out.
    /// </summary>
    public static string Format(IReadOnlyList<PromptPassage> passages, int tokenBudget, out IReadOnlyList<PromptPassage> included)
    {
        var budget = (long)tokenBudget * CharactersPerToken;
        var builder = new StringBuilder();
        var kept = new List<PromptPassage>();
        foreach (var passage in passages)
        {
            var header = Header(passage);
            var room = budget - builder.Length - header.Length - 20;
            if (room < 200) break;
            var text = Defuse(passage.Text);
            if (text.Length > room) text = CutAtSentence(text, (int)room);
            builder.Append(header).Append('\n').Append(text).Append("\n</passage>\n\n");
            kept.Add(passage);
        }

        included = kept;
        return builder.ToString().TrimEnd();
    }

    /// <summary>Estimated tokens of a text.</summary>
    public static int EstimateTokens(string text) => (text.Length + CharactersPerToken - 1) / CharactersPerToken;

    private static string Header(PromptPassage passage)
    {
        var m = passage.Story.Metadata;
        var header = new StringBuilder("<passage id=\"").Append(passage.Id).Append('"');
        if (m.Outlet is not null) header.Append(" outlet=\"").Append(Attribute(m.Outlet)).Append('"');
        if (m.Title is not null) header.Append(" title=\"").Append(Attribute(m.Title)).Append('"');
        if (m.Published is { } date) header.Append(" published=\"").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('"');
        return header.Append('>').ToString();
    }

    private static string Attribute(string value) => Defuse(value).Replace('"', '\'').Replace('\n', ' ');

    /// <summary>
    /// A passage tag inside story text gets a look-alike bracket so the text cannot open or close a block; other
    /// characters stay as they are, so quotes copied from the passage still verify.
    /// </summary>
    private static string Defuse(string text) => PassageTag().Replace(text, "‹$1");

    [GeneratedRegex(@"<(/?\s*passage)", RegexOptions.IgnoreCase)]
    private static partial Regex PassageTag();

    private static string CutAtSentence(string text, int length)
    {
        var cut = text.LastIndexOfAny(['.', '!', '?', '\n'], Math.Max(0, length - 1));
        return (cut > length / 2 ? text[..(cut + 1)] : text[..length]) + " […]";
    }
}
