using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Discord.Rendering;

/// <summary>
/// Packs rendered blocks into messages under Discord's length limits. Blocks are kept whole when they fit; a
/// longer block is cut at a paragraph or sentence end (a word end as a last resort), never inside a citation
/// marker, a masked link, a quotation or a markdown span, and never between a sentence and its markers.
/// </summary>
internal static partial class MessageSplitter
{
    /// <summary>Characters in a message's content.</summary>
    public const int MessageLimit = 2000;

    /// <summary>Characters in one embed's description.</summary>
    public const int EmbedDescriptionLimit = EmbedLimits.Description;

    /// <summary>Characters in all the embeds of one message together.</summary>
    public const int EmbedTotalLimit = EmbedLimits.TotalPerMessage;

    private const string BlockSeparator = "\n\n";

    public static IReadOnlyList<string> Pack(IEnumerable<string> blocks, int limit = MessageLimit)
    {
        var messages = new List<string>();
        var current = new StringBuilder();
        foreach (var piece in blocks.Where(b => b.Length > 0).SelectMany(b => Split(b, limit)))
        {
            if (current.Length > 0 && current.Length + BlockSeparator.Length + piece.Length > limit)
            {
                messages.Add(current.ToString());
                current.Clear();
            }

            if (current.Length > 0)
            {
                current.Append(BlockSeparator);
            }

            current.Append(piece);
        }

        if (current.Length > 0)
        {
            messages.Add(current.ToString());
        }

        return messages;
    }

    /// <summary>Cuts one block into pieces of at most <paramref name="limit"/> characters.</summary>
    public static IReadOnlyList<string> Split(string text, int limit = MessageLimit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 16);
        var pieces = new List<string>();
        var rest = text.Trim();
        while (rest.Length > limit)
        {
            var cut = FindCut(rest, limit);
            pieces.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            pieces.Add(rest);
        }

        return pieces;
    }

    private static int FindCut(string text, int limit)
    {
        var locked = LockedPositions(text, limit);
        int paragraph = -1, sentence = -1, word = -1;
        for (var i = 1; i <= limit && i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]) || locked[i] || MarkerFollows(text, i))
            {
                continue;
            }

            word = i;
            if (text[i] == '\n' && text[i - 1] != '\n')
            {
                paragraph = i;
            }

            if (EndsSentence(text, i))
            {
                sentence = i;
            }
        }

        if (paragraph > limit / 2)
        {
            return paragraph;
        }

        return sentence > 0 ? sentence : paragraph > 0 ? paragraph : word > 0 ? word : limit;
    }

    /// <summary>True when the text before <paramref name="i"/> ends a sentence, with any markers after it.</summary>
    private static bool EndsSentence(string text, int i)
    {
        var j = i - 1;
        while (j >= 0)
        {
            var marker = TrailingMarker().Match(text[..(j + 1)]);
            if (!marker.Success)
            {
                break;
            }

            j = marker.Index - 1;
        }

        while (j >= 0 && text[j] is '"' or '”' or '’' or ')' or '*' or '_')
        {
            j--;
        }

        return j >= 0 && text[j] is '.' or '!' or '?' or ':' or ';';
    }

    /// <summary>Keeps a citation marker with the sentence before it.</summary>
    private static bool MarkerFollows(string text, int i)
    {
        var next = i;
        while (next < text.Length && text[next] is ' ' or '\t')
        {
            next++;
        }

        return next < text.Length && LeadingMarker().IsMatch(text.AsSpan(next));
    }

    /// <summary>Positions inside a marker, masked link, quotation or markdown span, where no cut may fall.</summary>
    private static bool[] LockedPositions(string text, int limit)
    {
        var locked = new bool[Math.Min(text.Length, limit + 1)];
        foreach (var regex in new[] { Marker(), MaskedLink(), MarkdownSpan(), Quotation() })
        {
            foreach (Match match in regex.Matches(text))
            {
                if (match.Length >= limit / 2 || match.Index >= locked.Length)
                {
                    continue; // A span longer than half a message cannot be kept whole; word cuts apply.
                }

                var end = Math.Min(match.Index + match.Length, locked.Length);
                for (var k = match.Index + 1; k < end; k++)
                {
                    locked[k] = true;
                }
            }
        }

        return locked;
    }

    [GeneratedRegex(@"\[[0-9]{1,4}\]")]
    private static partial Regex Marker();

    [GeneratedRegex(@"\s*\[[0-9]{1,4}\]$")]
    private static partial Regex TrailingMarker();

    [GeneratedRegex(@"^\[[0-9]{1,4}\]")]
    private static partial Regex LeadingMarker();

    [GeneratedRegex(@"(?<!\\)\[[^\]\n]*(?<!\\)\]\(<?[^)\s]*>?\)")]
    private static partial Regex MaskedLink();

    [GeneratedRegex(@"(?<!\\)(\*\*|__|~~|\|\||`).+?(?<!\\)\1")]
    private static partial Regex MarkdownSpan();

    [GeneratedRegex("“[^”]*”|(?<!\\\\)\"[^\"\\n]*(?<!\\\\)\"")]
    private static partial Regex Quotation();
}
