using System.Text.RegularExpressions;

namespace ChatBot.Core.Answering.Llm;

/// <summary>
/// Model-written prose must never ping anyone: mass mentions and mention syntax get a zero-width space after the
/// '@' (or '&lt;'), so they read the same and notify nobody, whatever a story told the model to write.
/// </summary>
public static partial class MentionGuard
{
    /// <summary>The text with every mention defused.</summary>
    public static string Defuse(string text)
    {
        text = MassMention().Replace(text, "@\u200b$1");
        return MentionSyntax().Replace(text, "<\u200b$1");
    }

    [GeneratedRegex(@"@(everyone|here)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MassMention();

    [GeneratedRegex(@"<(@[!&]?\d+>|#\d+>)")]
    private static partial Regex MentionSyntax();
}
