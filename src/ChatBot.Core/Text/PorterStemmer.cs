namespace ChatBot.Core.Text;

/// <summary>
/// The Porter (1980) stemmer, so that "reassigned", "reassigning" and "reassignment" meet in one index term.
/// Input is a lower-case ASCII word; anything else is returned unchanged.
/// </summary>
public static class PorterStemmer
{
    /// <summary>Stems one lower-case word.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 2 || !word.All(c => c is >= 'a' and <= 'z'))
        {
            return word;
        }

        var w = new Word(word);
        Step1A(w);
        Step1B(w);
        Step1C(w);
        Step2(w);
        Step3(w);
        Step4(w);
        Step5(w);
        return w.ToString();
    }

    private static void Step1A(Word w)
    {
        if (w.EndsWith("sses")) w.Trim(2);
        else if (w.EndsWith("ies")) w.Trim(2);
        else if (w.EndsWith("ss")) { }
        else if (w.EndsWith("s")) w.Trim(1);
    }

    private static void Step1B(Word w)
    {
        if (w.EndsWith("eed"))
        {
            if (w.Measure(w.Length - 3) > 0) w.Trim(1);
            return;
        }

        var removed = (w.EndsWith("ed") && w.HasVowel(w.Length - 2) && w.Trim(2))
            || (w.EndsWith("ing") && w.HasVowel(w.Length - 3) && w.Trim(3));
        if (!removed) return;

        if (w.EndsWith("at") || w.EndsWith("bl") || w.EndsWith("iz")) w.Append("e");
        else if (w.EndsWithDoubleConsonant() && !(w.EndsWith("l") || w.EndsWith("s") || w.EndsWith("z"))) w.Trim(1);
        else if (w.Measure(w.Length) == 1 && w.EndsWithCvc(w.Length)) w.Append("e");
    }

    private static void Step1C(Word w)
    {
        if (w.EndsWith("y") && w.HasVowel(w.Length - 1)) w.Replace(1, "i");
    }

    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"),
        ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"),
        ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism",
        "ate", "iti", "ous", "ive", "ize",
    ];

    private static void Step2(Word w) => ApplyFirst(w, Step2Rules, minimumMeasure: 0);

    private static void Step3(Word w) => ApplyFirst(w, Step3Rules, minimumMeasure: 0);

    private static void ApplyFirst(Word w, (string Suffix, string Replacement)[] rules, int minimumMeasure)
    {
        foreach (var (suffix, replacement) in rules)
        {
            if (!w.EndsWith(suffix)) continue;
            if (w.Measure(w.Length - suffix.Length) > minimumMeasure) w.Replace(suffix.Length, replacement);
            return;
        }
    }

    // Sorted once: sorting on every call made Step 4 the stemmer's most expensive step.
    private static readonly string[] Step4SuffixesLongestFirst = Step4Suffixes.OrderByDescending(s => s.Length).ToArray();

    private static void Step4(Word w)
    {
        foreach (var suffix in Step4SuffixesLongestFirst)
        {
            if (!w.EndsWith(suffix)) continue;
            var stemEnd = w.Length - suffix.Length;
            if (w.Measure(stemEnd) <= 1) return;
            if (suffix == "ion" && !(stemEnd > 0 && w[stemEnd - 1] is 's' or 't')) return;
            w.Trim(suffix.Length);
            return;
        }
    }

    private static void Step5(Word w)
    {
        if (w.EndsWith("e"))
        {
            var m = w.Measure(w.Length - 1);
            if (m > 1 || (m == 1 && !w.EndsWithCvc(w.Length - 1))) w.Trim(1);
        }

        if (w.Measure(w.Length) > 1 && w.EndsWithDoubleConsonant() && w.EndsWith("l")) w.Trim(1);
    }

    /// <summary>A mutable word with the Porter helper predicates.</summary>
    private sealed class Word(string initial)
    {
        private readonly System.Text.StringBuilder _chars = new(initial);

        public int Length => _chars.Length;

        public char this[int index] => _chars[index];

        public bool EndsWith(string suffix)
        {
            if (suffix.Length > _chars.Length) return false;
            for (var i = 0; i < suffix.Length; i++)
            {
                if (_chars[_chars.Length - suffix.Length + i] != suffix[i]) return false;
            }

            return true;
        }

        public bool Trim(int count)
        {
            _chars.Length -= count;
            return true;
        }

        public void Append(string text) => _chars.Append(text);

        public void Replace(int suffixLength, string replacement)
        {
            _chars.Length -= suffixLength;
            _chars.Append(replacement);
        }

        private bool IsConsonant(int i) => _chars[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !IsConsonant(i - 1),
            _ => true,
        };

        /// <summary>Porter's m: the number of vowel-consonant sequences in the first <paramref name="end"/> letters.</summary>
        public int Measure(int end)
        {
            var m = 0;
            var i = 0;
            while (i < end && IsConsonant(i)) i++;
            while (i < end)
            {
                while (i < end && !IsConsonant(i)) i++;
                if (i >= end) break;
                while (i < end && IsConsonant(i)) i++;
                m++;
            }

            return m;
        }

        public bool HasVowel(int end)
        {
            for (var i = 0; i < end; i++)
            {
                if (!IsConsonant(i)) return true;
            }

            return false;
        }

        public bool EndsWithDoubleConsonant() =>
            _chars.Length >= 2 && _chars[^1] == _chars[^2] && IsConsonant(_chars.Length - 1);

        public bool EndsWithCvc(int end) =>
            end >= 3 && IsConsonant(end - 3) && !IsConsonant(end - 2) && IsConsonant(end - 1)
            && _chars[end - 1] is not ('w' or 'x' or 'y');

        public override string ToString() => _chars.ToString();
    }
}
