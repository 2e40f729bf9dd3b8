using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Answering.Llm;

/// <summary>
/// Renders passages for a prompt as clearly delimited, quoted material: each inside
/// <c>&lt;passage id="P1" outlet="…"&gt; … &lt;/passage&gt;</c>, one numbered sentence a line (<c>[S4] …</c>), so
/// the model cites ids and never has to copy text. Story text is untrusted, so anything in it that looks like a
/// delimiter is defused before it goes in, and a passage can never close its own block.
/// </summary>
public static partial class PassageFormatter
{
    /// <summary>Roughly how many characters make a token in English prose; used for the context budget.</summary>
    public const int CharactersPerToken = 4;

    /// <summary>
    /// The passages in order, whole sentences only, as many as fit in <paramref name="tokenBudget"/>;
    /// <paramref name="included"/> holds exactly the passages and sentences the model was shown.
    /// </summary>
    public static string Format(IReadOnlyList<PromptPassage> passages, int tokenBudget, out IReadOnlyList<PromptPassage> included)
    {
        var budget = (long)tokenBudget * CharactersPerToken;
        var builder = new StringBuilder();
        var kept = new List<PromptPassage>();
        foreach (var passage in passages)
        {
            var header = Header(passage);
            var block = new StringBuilder(header).Append('\n');
            var shown = new List<PromptSentence>();
            foreach (var sentence in passage.Sentences)
            {
                var line = $"[{sentence.Id}] {Defuse(sentence.Text).ReplaceLineEndings(" ")}\n";
                if (builder.Length + block.Length + line.Length + 12 > budget) break;
                block.Append(line);
                shown.Add(sentence);
            }

            if (shown.Count == 0) break;
            builder.Append(block).Append("</passage>\n\n");
            kept.Add(passage with { Sentences = shown });
            if (shown.Count < passage.Sentences.Count) break;
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

    /// <summary>A passage tag inside story text gets a look-alike bracket so the text cannot open or close a block.</summary>
    private static string Defuse(string text) => PassageTag().Replace(text, "‹$1");

    [GeneratedRegex(@"<(/?\s*passage)", RegexOptions.IgnoreCase)]
    private static partial Regex PassageTag();
}
