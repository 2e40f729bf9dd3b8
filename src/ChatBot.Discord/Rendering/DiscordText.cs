using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Discord.Rendering;

/// <summary>
/// Makes text from stories inert in a Discord message: it shows as written but cannot mention anyone
/// (@everyone, @here, &lt;@id&gt;, &lt;@&amp;id&gt;, &lt;#id&gt;), form a masked link or change the formatting.
/// </summary>
internal static partial class DiscordText
{
    private const char ZeroWidthSpace = '\u200B';

    /// <summary>Escapes story text; citation markers such as [2] are kept as they are.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '@':
                    builder.Append('@').Append(ZeroWidthSpace);
                    break;
                case '<':
                    builder.Append('<').Append(ZeroWidthSpace);
                    break;
                case '\r':
                    break;
                default:
                    if (NeedsBackslash(c))
                    {
                        builder.Append('\\');
                    }

                    builder.Append(c);
                    break;
            }
        }

        return EscapedMarker().Replace(builder.ToString(), "[$1]");
    }

    /// <summary>Escapes text and keeps it on one line (titles, outlet names).</summary>
    public static string EscapeInline(string text) =>
        Escape(Whitespace().Replace(text, " ").Trim());

    /// <summary>
    /// For text where markdown is not rendered (embed titles, field names): only what could mention someone is
    /// broken, so no backslashes show.
    /// </summary>
    public static string Plain(string text) =>
        Whitespace().Replace(text, " ").Trim().Replace("@", "@\u200B", StringComparison.Ordinal).Replace("<", "<\u200B", StringComparison.Ordinal);

    private static bool NeedsBackslash(char c) =>
        c is '\\' or '*' or '_' or '~' or '`' or '|' or '>' or '#' or '[' or ']' or '(' or ')' or '-';

    [GeneratedRegex(@"\\\[([0-9]{1,4})\\\]")]
    private static partial Regex EscapedMarker();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
