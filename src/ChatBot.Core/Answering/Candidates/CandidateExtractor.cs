using System.Text.RegularExpressions;
using ChatBot.Core.Chunking;
using ChatBot.Core.Text;

namespace ChatBot.Core.Answering.Candidates;

/// <summary>
/// Finds the phrases of a sentence that could answer a question, by their shape alone, the way English writes
/// them: names are runs of capitalised words (joined by "of", "the", "and", "&amp;" between capitals: "Wheel of
/// Fortune", "Laverne &amp; Shirley"); dates are month and week-day names, years and decades; numbers are digits
/// with their currency, scale or unit, or spelled ("five", "twenty"). No list of names is consulted, so any corpus's names are found.
/// </summary>
public static partial class CandidateExtractor
{
    /// <summary>The candidates of <paramref name="sentence"/>, in order.</summary>
    public static List<AnswerCandidate> Extract(string sentence)
    {
        var candidates = new List<AnswerCandidate>();
        var taken = new bool[sentence.Length];
        foreach (Match m in DatePhrase().Matches(sentence)) Add(candidates, taken, sentence, m.Index, m.Length, AnswerKind.Date, true);
        foreach (Match m in NumberPhrase().Matches(sentence)) Add(candidates, taken, sentence, m.Index, m.Length, AnswerKind.Quantity, true);
        foreach (var (start, end, confident) in NameRuns(sentence))
        {
            var name = sentence[start..end];
            // A lone initial names nothing: "E" of "E. coli", "J" of "J. Smith" cut at a line break.
            if (name.Count(char.IsLetter) < 2) continue;
            // "Headline | The Week UK": the site's name after a headline's bar is the page's, not the story's.
            if (IsSiteName(sentence, start, end)) continue;
            // "FOLLOW THE MONEY": words in capitals joined by a function word are a shouted label, not a name
            // ("NEW YORK" in a dateline is one).
            if (IsShouted(name)) continue;
            Add(candidates, taken, sentence, start, end - start, AnswerKind.Named, confident);
        }
        return candidates.OrderBy(c => c.Span.Start).ToList();
    }

    /// <summary>
    /// Common-noun answers to "which X": the words a sentence puts before the asked noun ("sesame seeds" for
    /// "which seed", "pilot whales" for "which whales"): the one lower-case word before it, when it is neither a
    /// function word nor a verb form. One word, since without parts of speech a second word back is as often a
    /// verb ("put sesame seeds") as a modifier. And a common noun WordNet files under the asked noun's class
    /// (<paramref name="kindClasses"/>), alone: "eggs" for "which food", "whales" for "which creature".
    /// Names need no such help: their capitals mark them.
    /// </summary>
    public static List<AnswerCandidate> KindPhrases(string sentence, IReadOnlySet<string> kindTerms, IReadOnlySet<string> kindClasses)
    {
        var candidates = new List<AnswerCandidate>();
        if (kindTerms.Count == 0) return candidates;
        var words = Word().Matches(sentence).ToList();
        var taken = new bool[sentence.Length];
        for (var i = 0; i < words.Count; i++)
        {
            var terms = Tokenizer.Terms(words[i].Value).ToList();
            if (kindClasses.Count > 0 && char.IsLower(words[i].Value[0]) && terms.Count > 0 && !terms.Any(kindTerms.Contains)
                && NounClasses.Of(words[i].Value).Overlaps(kindClasses))
            {
                // The noun alone: before a noun that is often an object, the word back is as often its verb ("sells
                // eggs", "ate eggs") as a modifier, and nothing here tells them apart.
                var nounEnd = TrimEnd(sentence, words[i].Index + words[i].Length);
                Add(candidates, taken, sentence, words[i].Index, nounEnd - words[i].Index, AnswerKind.Named, true);
                continue;
            }

            if (i == 0 || !terms.Any(kindTerms.Contains)) continue;
            var before = words[i - 1];
            var gap = sentence.AsSpan(before.Index + before.Length, words[i].Index - before.Index - before.Length);
            if (!IsModifier(before.Value) || !IsJoiningGap(gap)) continue;
            var end = TrimEnd(sentence, words[i].Index + words[i].Length);
            Add(candidates, taken, sentence, before.Index, end - before.Index, AnswerKind.Named, true);
        }

        return candidates;
    }

    /// <summary>A lower-case content word that is not a verb's past or -ing form ("planted seeds" names no seed).</summary>
    private static bool IsModifier(string word) =>
        char.IsLower(word[0]) && !StopWords.Contains(word) && Tokenizer.Terms(word).Any() && !VerbForms.LooksInflected(word);

    private static void Add(List<AnswerCandidate> candidates, bool[] taken, string sentence, int start, int length, AnswerKind kind, bool confident)
    {
        if (length <= 0) return;
        for (var i = start; i < start + length; i++)
        {
            if (taken[i]) return;
        }

        var text = sentence.Substring(start, length);
        var terms = Tokenizer.Terms(text).ToHashSet(StringComparer.Ordinal);
        if (terms.Count == 0 && kind == AnswerKind.Named) terms = [NameForms.Compact(text)];
        if (terms.Count == 0) return;
        Array.Fill(taken, true, start, length);
        candidates.Add(new AnswerCandidate(new TextSpan(start, start + length), text, kind, string.Join(' ', terms.Order(StringComparer.Ordinal)), terms, confident));
    }

    /// <summary>Runs of capitalised words, without a sentence-opening function word ("The", "In").</summary>
    private static IEnumerable<(int Start, int End, bool Confident)> NameRuns(string sentence)
    {
        var words = Word().Matches(sentence).ToList();
        var i = 0;
        while (i < words.Count)
        {
            if (!IsCapitalised(words[i].Value) || IsSentenceOpeningFunctionWord(sentence, words[i]))
            {
                i++;
                continue;
            }

            var first = i;
            var last = i;
            var k = i + 1;
            while (k < words.Count)
            {
                var gap = sentence.AsSpan(words[k - 1].Index + words[k - 1].Length, words[k].Index - words[k - 1].Index - words[k - 1].Length);
                if (!IsJoiningGap(gap)) break;
                if (IsCapitalised(words[k].Value) || IsContinuingNumeral(words[k].Value))
                {
                    last = k;
                    k++;
                    continue;
                }

                // A lower-case joiner counts only between capitals: "Wheel of Fortune", not "Fortune of".
                if (Joiner().IsMatch(words[k].Value) && k + 1 < words.Count && IsCapitalised(words[k + 1].Value)
                    && IsJoiningGap(sentence.AsSpan(words[k].Index + words[k].Length, words[k + 1].Index - words[k].Index - words[k].Length)))
                {
                    k++;
                    continue;
                }

                break;
            }

            var start = words[first].Index;
            var end = TrimEnd(sentence, words[last].Index + words[last].Length);
            var opensSentence = SentencePosition.OpensSentence(sentence, words[first].Index);
            yield return (start, end, !(opensSentence && first == last));
            i = last + 1;
        }
    }

    private static bool IsShouted(string name)
    {
        var words = Word().Matches(name).Select(m => m.Value).Where(w => w.Any(char.IsLetter)).ToList();
        return words.Count >= 2 && words.All(w => w.Where(char.IsLetter).All(char.IsUpper)) && words.Any(w => StopWords.Contains(w.ToLowerInvariant()));
    }

    private static bool IsSiteName(string sentence, int start, int end) =>
        sentence.AsSpan(0, start).TrimEnd().EndsWith("|") && sentence.AsSpan(end).Trim().Length == 0;

    private static bool IsCapitalised(string word) => char.IsUpper(word[0]) && !IsMonthOrDay(word);

    /// <summary>"II" in "World War II", "11" in "Apollo 11".</summary>
    private static bool IsContinuingNumeral(string word) => word.All(char.IsDigit) && word.Length <= 3;

    private static bool IsSentenceOpeningFunctionWord(string sentence, Match word) =>
        SentencePosition.OpensSentence(sentence, word.Index) && StopWords.Contains(word.Value.ToLowerInvariant());

    /// <summary>White space, optionally with an ampersand: "Laverne &amp; Shirley".</summary>
    private static bool IsJoiningGap(ReadOnlySpan<char> gap)
    {
        if (gap.Length == 0 || gap.Length > 3) return false;
        foreach (var c in gap)
        {
            if (c != ' ' && c != '&' && c != '\u00A0') return false;
        }

        return gap[0] != '&' && gap[^1] != '&';
    }

    /// <summary>A run ends before a sentence's full stop, but keeps the stop of an abbreviation ("U.S.", "Jr.").</summary>
    private static int TrimEnd(string sentence, int end)
    {
        while (end > 0 && sentence[end - 1] is '.' or '\'' or '’' or '-')
        {
            var abbreviation = sentence[end - 1] == '.' && end >= 3 && sentence[end - 3] == '.';
            if (abbreviation) break;
            end--;
        }

        return end;
    }

    /// <summary>True when <paramref name="sentence"/> states a number, in digits or in words ("five Final Four trips").</summary>
    public static bool StatesNumber(string sentence) => NumberPhrase().IsMatch(sentence);

    /// <summary>True for a month or week-day name ("Jan.", "Tuesday's"): a date, not a name.</summary>
    public static bool IsMonthOrDay(string word) => MonthOrDay().IsMatch(word.TrimEnd('s').TrimEnd('\'', '’'));

    /// <summary>A word; a hyphen ends it, so "Bills-Bengals" is two names.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’.]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(of|the|de|la|del|von|van|for)$")]
    private static partial Regex Joiner();

    [GeneratedRegex(@"^(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?$")]
    private static partial Regex MonthOrDay();

    [GeneratedRegex(@"\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?|(?:1[5-9]|20)\d{2}s?)\b")]
    private static partial Regex DatePhrase();

    /// <summary>
    /// Digits with currency, scale or percent; or a spelled number, but not as part of a compound modifier
    /// ("three-month-old" says how old, not how many) nor the pronoun in "one of".
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\d])[$£€¥]?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|percent|per cent|million|billion|trillion|thousand|hundred|[mbk]n?\b))?|\b(?!one of\b)(?:" + SpelledNumbers.Cardinal + @"|hundred|thousand)\b(?!-)")]
    private static partial Regex NumberPhrase();
}
