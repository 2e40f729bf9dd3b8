namespace ChatBot.Core.Text;

/// <summary>Where a word stands in its sentence, for rules that read a capital differently at a sentence's start.</summary>
public static class SentencePosition
{
    /// <summary>
    /// True when the word at <paramref name="index"/> opens a sentence, a clause after a colon, or a list item:
    /// nothing but white space, quotes and brackets stands between it and the text's start or a stop.
    /// </summary>
    public static bool OpensSentence(string text, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[') continue;
            return c is '.' or '!' or '?' or ':' or '\n' or '•' or '-' or '—';
        }

        return true;
    }
}
