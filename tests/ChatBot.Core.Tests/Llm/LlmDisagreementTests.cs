using ChatBot.Core.Disagreements;
using ChatBot.Core.Disagreements.Llm;

namespace ChatBot.Core.Tests.Llm;

public sealed class LlmDisagreementTests
{
    [Fact]
    public void Two_verified_quotes_from_two_stories_make_a_flag_with_a_newer_note()
    {
        var proposals = new[]
        {
            new ProposedDisagreement("engineers reassigned", "Number", [
                new("S1", "6,500"),
                new("S4", "7,000")]),
        };

        var flagged = Assert.Single(DisagreementVerifier.Verify(proposals, LlmFixtures.Passages()));

        Assert.Equal(DisagreementKinds.Number, flagged.Kind);
        Assert.Equal(["6,500", "7,000"], flagged.Claims.Select(c => c.Value));
        Assert.All(flagged.Claims, c => Assert.Equal(c.Quote, (c.SourceId == "tech.txt" ? LlmFixtures.TechText : LlmFixtures.HyperText)[c.Start..c.End]));
        Assert.Contains("HyperAI is the most recent (2026-05-09)", flagged.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_side_citing_an_id_not_given_or_a_value_its_sentence_does_not_state_leaves_no_flag()
    {
        var fabricated = new ProposedDisagreement("engineers", "number", [
            new("S1", "6,500"),
            new("S77", "7,000")]);
        var wrongValue = new ProposedDisagreement("engineers", "number", [
            new("S1", "6,500"),
            new("S4", "9,000")]);
        var sameStory = new ProposedDisagreement("engineers", "number", [
            new("S1", "6,500"),
            new("S3", "temporary")]);

        Assert.Empty(DisagreementVerifier.Verify([fabricated, wrongValue, sameStory], LlmFixtures.Passages()));
    }

    [Fact]
    public void A_model_finding_already_made_by_the_numeric_detector_is_not_repeated()
    {
        var passages = LlmFixtures.Passages();
        var proposal = new ProposedDisagreement("engineers", "number", [
            new("S1", "6,500"),
            new("S4", "7,000")]);
        var detected = DisagreementVerifier.Verify([proposal], passages);
        var other = DisagreementVerifier.Verify([new ProposedDisagreement("what the unit was called", "attribution", [
            new("S2", ""),
            new("S5", "")])], passages);

        var merged = DisagreementMerger.Merge(detected, [.. detected, .. other]);

        Assert.Equal(2, merged.Count);
        Assert.Equal("attribution", merged[1].Kind);
        Assert.Equal("Workers called the unit a gulag.", merged[1].Claims[0].Value);
    }
}
