namespace ChatBot.Core.Chunking;

/// <summary>
/// Finds sentences in news text, as spans of the original string. Knows abbreviations and initials, decimals
/// and thousands separators (no white space follows their point or comma), closing quotation marks after the
/// full stop, bullet lines, hard-wrapped lines, and splits very long run-on sentences at clause boundaries.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Sentences longer than this are split at a clause boundary (or white space) near the limit.</summary>
    public const int MaxSentenceLength = 400;

    private const string ClosingMarks = "\"'”’»)]";
    private const string Bullets = "•·▪◦‣*-–";

    /// <summary>The sentences of <paramref name="text"/>, in order, trimmed, never empty.</summary>
    public static List<TextSpan> Split(string text)
    {
        var sentences = new List<TextSpan>();
        foreach (var block in Blocks(text))
        {
            foreach (var sentence in SentencesIn(text, block))
            {
                sentences.AddRange(BreakLong(text, sentence));
            }
        }

        return sentences;
    }

    /// <summary>
    /// Runs of text between hard line breaks. A newline is soft (inside a sentence) only in hard-wrapped prose:
    /// a long line without closing punctuation followed by a line starting in lower case.
    /// </summary>
    private static IEnumerable<TextSpan> Blocks(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n' || IsSoftBreak(text, start, i)) continue;
            yield return new TextSpan(start, i);
            start = i + 1;
        }

        yield return new TextSpan(start, text.Length);
    }

    private static bool IsSoftBreak(string text, int lineStart, int newline)
    {
        var line = text.AsSpan(lineStart, newline - lineStart).Trim();
        if (line.Length < 40 || ".!?:;\"”’)".Contains(line[^1])) return false;
        var next = newline + 1;
        while (next < text.Length && text[next] is ' ' or '\t') next++;
        return next < text.Length && char.IsLower(text[next]);
    }

    private static IEnumerable<TextSpan> SentencesIn(string text, TextSpan block)
    {
        var start = block.Start;
        for (var i = block.Start; i < block.End; i++)
        {
            if (text[i] is not ('.' or '!' or '?' or '…')) continue;
            var end = i + 1;
            while (end < block.End && ClosingMarks.Contains(text[end])) end++;
            if (!EndsSentence(text, block, start, i, end)) continue;
            if (Trim(text, new TextSpan(start, end)) is { } sentence) yield return sentence;
            start = end;
            i = end - 1;
        }

        if (Trim(text, new TextSpan(start, block.End)) is { } last) yield return last;
    }

    private static bool EndsSentence(string text, TextSpan block, int sentenceStart, int mark, int afterMarks)
    {
        if (afterMarks >= block.End) return true;
        if (!char.IsWhiteSpace(text[afterMarks])) return false; // 1.5, 6,500.00, "U.S.-based", example.com
        var next = afterMarks;
        while (next < block.End && char.IsWhiteSpace(text[next])) next++;
        if (next >= block.End) return true;
        var c = text[next];
        var startsSentence = char.IsUpper(c) || char.IsDigit(c) || "\"'“‘(«[".Contains(c) || Bullets.Contains(c) || !char.IsLetter(c) && !char.IsPunctuation(c);
        if (!startsSentence) return false;
        return text[mark] != '.' || !Abbreviations.IsAbbreviation(WordBefore(text, sentenceStart, mark));
    }

    private static string WordBefore(string text, int floor, int mark)
    {
        var begin = mark;
        while (begin > floor && (char.IsLetter(text[begin - 1]) || text[begin - 1] == '.')) begin--;
        return text[begin..mark];
    }

    /// <summary>Trims white space and a leading bullet; null when nothing is left.</summary>
    private static TextSpan? Trim(string text, TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        while (true)
        {
            while (start < end && char.IsWhiteSpace(text[start])) start++;
            if (start + 1 < end && Bullets.Contains(text[start]) && char.IsWhiteSpace(text[start + 1])) start++;
            else if (start < end && text[start] == '•') start++;
            else break;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end > start && text.AsSpan(start, end - start).ContainsAnyExcept(Bullets + " ") ? new TextSpan(start, end) : null;
    }

    /// <summary>Splits a run-on sentence at "; ", ", " or " — " (else at white space) near the length limit.</summary>
    private static IEnumerable<TextSpan> BreakLong(string text, TextSpan sentence)
    {
        var start = sentence.Start;
        while (sentence.End - start > MaxSentenceLength)
        {
            var window = text.AsSpan(start, MaxSentenceLength);
            var cut = LastBoundary(window);
            var piece = Trim(text, new TextSpan(start, start + cut));
            if (piece is { } p) yield return p;
            start += cut;
        }

        if (Trim(text, new TextSpan(start, sentence.End)) is { } rest) yield return rest;
    }

    private static int LastBoundary(ReadOnlySpan<char> window)
    {
        var floor = window.Length / 2;
        foreach (var separator in (string[])["; ", " — ", " – ", ", ", " "])
        {
            var at = window.LastIndexOf(separator.AsSpan());
            if (at >= floor) return at + separator.TrimEnd().Length;
        }

        return window.Length;
    }
}
