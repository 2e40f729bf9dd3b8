using ChatBot.Core.Disagreements;
using ChatBot.Core.Disagreements.Stance;
using ChatBot.Core.Text;

namespace ChatBot.Core.Tests.Disagreements;

public class StanceClassifierTests
{
    private static readonly IReadOnlySet<string> Claim = TermsOf("Is Willie Nelson dead?");

    private static IReadOnlySet<string> TermsOf(string text) => Tokenizer.Terms(text).ToHashSet(StringComparer.Ordinal);

    [Theory]
    [InlineData("Reports that Willie Nelson died are a hoax, his publicist said.", Stances.Refutes)]
    [InlineData("Willie Nelson is alive and well and touring this month.", Stances.Refutes)]
    [InlineData("Willie Nelson is not dead, despite the viral post.", Stances.Refutes)]
    [InlineData("Willie Nelson has reportedly died at his ranch.", Stances.Reports)]
    [InlineData("Willie Nelson died on Tuesday at his ranch in Texas.", Stances.Asserts)]
    public void A_sentence_refutes_reports_or_asserts_the_claim_by_general_language(string sentence, string expected) =>
        Assert.Equal(expected, StanceClassifier.Classify(sentence, TermsOf(sentence), Claim));

    private const string NegativeClaim = "Is it true that the mayor will not attend the summit after all?";

    [Theory]
    [InlineData("The mayor will not be attending the summit, her office said.", Stances.Asserts)]
    [InlineData("The mayor will no longer attend the summit in June.", Stances.Asserts)]
    [InlineData("The mayor is expected to attend the summit in June.", Stances.Refutes)]
    [InlineData("Reports that the mayor pulled out of the summit are false, her office said.", Stances.Refutes)]
    [InlineData("The summit opens in June with forty delegations.", Stances.Asserts)]
    public void A_negative_claim_is_asserted_by_the_same_negation_and_refuted_by_its_verb_stated_plainly(string sentence, string expected)
    {
        var claim = TermsOf(NegativeClaim);

        Assert.Equal(["attend"], StanceClassifier.NegatedTerms(NegativeClaim, claim));
        Assert.Equal(expected, StanceClassifier.Classify(sentence, TermsOf(sentence), claim, StanceClassifier.NegatedTerms(NegativeClaim, claim)));
    }

    [Theory]
    [InlineData("over", 1600, "more than", 1000, DisagreementRelations.Compatible)]
    [InlineData("roughly", 6500, "approximately", 7000, DisagreementRelations.Conflict)]
    [InlineData("up to", 500, "more than", 900, DisagreementRelations.Conflict)]
    public void Figures_are_compatible_only_when_both_can_hold(string q1, double v1, string q2, double v2, string expected)
    {
        NumericClaim Claimed(string qualifier, double value) => new("s", default, value, value.ToString(System.Globalization.CultureInfo.InvariantCulture), qualifier, "people", "employees", "sign", "signed", default);

        Assert.Equal(expected, FigureRelation.Of([Claimed(q1, v1), Claimed(q2, v2)]));
    }
}
