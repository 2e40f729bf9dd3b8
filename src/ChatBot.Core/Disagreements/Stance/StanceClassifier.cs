using System.Text.RegularExpressions;
using ChatBot.Core.Text;

namespace ChatBot.Core.Disagreements.Stance;

/// <summary>
/// Reads a sentence's stance toward a claim from general English, never from the claim's own topic words:
/// refutation (hoax, fake, false, denied, debunked, "no evidence", satire), a negation of the claim's own verb
/// ("did not die"), the opposite state ("is alive" against "dead"); attribution without endorsement
/// ("reportedly", "X claims", "rumours that"); otherwise the sentence asserts what it says.
/// </summary>
public static partial class StanceClassifier
{
    /// <summary>
    /// The sentence's stance toward the claim whose index terms are <paramref name="claimTerms"/>. A claim that is
    /// itself negative ("Bale will not play Jobs"; <paramref name="negatedTerms"/> are the words it negates) turns
    /// negation around: a sentence negating the same word says what the claim says, and one stating that word
    /// without a negation ("Bale may play Jobs after all") says the opposite.
    /// </summary>
    /// <param name="sentenceTerms">The sentence's index terms, as indexing computed them.</param>
    public static string Classify(string sentence, IReadOnlySet<string> sentenceTerms, IReadOnlySet<string> claimTerms, IReadOnlySet<string>? negatedTerms = null)
    {
        if (Refutation().IsMatch(sentence) || OppositeState(sentenceTerms, claimTerms)) return Stances.Refutes;
        var negated = NegatedBy(sentence, claimTerms);
        if (negatedTerms is { Count: > 0 })
        {
            if (!negated.Overlaps(negatedTerms) && sentenceTerms.Overlaps(negatedTerms)) return Stances.Refutes;
            negated.ExceptWith(negatedTerms);
        }

        if (negated.Count > 0) return Stances.Refutes;
        return Attribution().IsMatch(sentence) ? Stances.Reports : Stances.Asserts;
    }

    /// <summary>
    /// The words a claim itself negates: the first of its words after each negation, "play" in "Bale will not
    /// play Jobs after all" (not "Jobs": a sentence naming Jobs without a negation does not contradict it).
    /// </summary>
    public static IReadOnlySet<string> NegatedTerms(string claim, IReadOnlySet<string> claimTerms) => NegatedBy(claim, claimTerms);

    /// <summary>For each negation ("not", "never", "n't", "no"), the first of the claim's words within three words after it: the word it negates.</summary>
    private static HashSet<string> NegatedBy(string sentence, IReadOnlySet<string> claimTerms)
    {
        var negated = new HashSet<string>(StringComparer.Ordinal);
        var words = Word().Matches(sentence).Select(m => m.Value.ToLowerInvariant()).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (!IsNegation(words[i])) continue;
            for (var k = i + 1; k < Math.Min(words.Count, i + 4); k++)
            {
                if (StopWords.Contains(words[k])) continue;
                var stem = PorterStemmer.Stem(words[k]);
                if (!claimTerms.Contains(stem)) continue;
                negated.Add(stem);
                break;
            }
        }

        return negated;
    }

    private static bool IsNegation(string word) => word is "not" or "never" or "no" or "nor" or "neither" || word.EndsWith("n't", StringComparison.Ordinal) || word.EndsWith("n’t", StringComparison.Ordinal);

    /// <summary>The claim says one of a pair of opposite states and the sentence the other ("dead" / "alive and well").</summary>
    private static bool OppositeState(IReadOnlySet<string> terms, IReadOnlySet<string> claimTerms)
    {
        foreach (var (a, b) in Opposites)
        {
            if (claimTerms.Contains(a) && terms.Contains(b) && !terms.Contains(a)) return true;
            if (claimTerms.Contains(b) && terms.Contains(a) && !terms.Contains(b)) return true;
        }

        return false;
    }

    /// <summary>States that exclude each other, as index terms (Porter stems).</summary>
    private static readonly (string, string)[] Opposites =
    [
        ("dead", "aliv"), ("die", "aliv"), ("true", "fals"), ("real", "fake"), ("confirm", "deni"),
    ];

    [GeneratedRegex(@"[\p{L}’']+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(hoax(es|ed)?|fake[ds]?|false(ly|hood)?|untrue|not true|no truth|debunk(s|ed|ing)?|den(y|ies|ied|ial)|dismiss(es|ed)? (it|the|as)|no evidence|satir(e|ical)|parody|fabricat(ed|ion)|baseless|unfounded|bogus|myth|prank|made[- ]up|doctored|photoshopped|retract(s|ed|ion)?|misleading|never happened|turned out to be|rejected (the )?(claim|report)s?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Refutation();

    [GeneratedRegex(@"\b(reportedly|allegedly|purportedly|apparently|claim(s|ed)?|alleg(e|es|ed|ation)s?|rumou?r(s|ed)?|according to|is said to|are said to|was said to|unconfirmed|unverified|supposedly|believed to|appears? to|speculat(e|ion|ed))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Attribution();
}
