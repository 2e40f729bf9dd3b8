using ChatBot.Core.Disagreements;
using ChatBot.Core.Text;

namespace ChatBot.Core.Answering;

/// <summary>
/// Whether a numeric claim states what a quantity question asks about: the question's verb and, as the first
/// content word after it, one of the question's own words as its object ("signed the petition"). Two stories
/// that count the same act are comparable even when one leaves out the question's qualifiers.
/// </summary>
public static class AskedAct
{
    /// <summary>How many words after the verb may stand before its object ("signed a company-wide petition").</summary>
    private const int ObjectReach = 3;

    /// <summary>True when <paramref name="claim"/>, read in <paramref name="sentence"/>, states the asked act.</summary>
    public static bool IsStatedBy(QuestionProfile question, NumericClaim claim, string sentence)
    {
        if (claim.PredicateText is null || !question.SharesVerb(claim)) return false;
        var at = sentence.IndexOf(claim.PredicateText, StringComparison.Ordinal);
        if (at < 0) return false;
        var objectTerm = Tokenizer.TermsOfFirstWords(sentence[(at + claim.PredicateText.Length)..], ObjectReach + 1).FirstOrDefault();
        return objectTerm is not null && objectTerm != claim.Predicate && question.Says(objectTerm);
    }
}
