using ChatBot.Core.Answering;

namespace ChatBot.Core.Tests.Answering;

public class QuoteVerifierTests
{
    private const string Story = "Meta reassigned roughly 6,500 engineers via surprise email.\nWorkers called it “literally the gulag.”";

    [Fact]
    public void A_verbatim_quote_is_found_with_its_span()
    {
        var span = QuoteVerifier.Find(Story, "roughly 6,500 engineers");
        Assert.NotNull(span);
        Assert.Equal("roughly 6,500 engineers", span.Value.Of(Story));
    }

    [Fact]
    public void White_space_and_typographic_quote_marks_are_normalised_and_nothing_else()
    {
        var span = QuoteVerifier.Find(Story, "surprise   email. Workers called it \"literally the gulag.\"");
        Assert.NotNull(span);
        Assert.Equal("surprise email.\nWorkers called it “literally the gulag.”", span.Value.Of(Story));
    }

    [Theory]
    [InlineData("Meta moved about 6,500 engineers")]
    [InlineData("roughly 7,000 engineers")]
    [InlineData("roughly 6500 engineers")]
    [InlineData("ROUGHLY 6,500 ENGINEERS")]
    public void A_paraphrase_an_altered_number_or_changed_case_is_rejected(string quote)
    {
        Assert.Null(QuoteVerifier.Find(Story, quote));
    }

    [Fact]
    public void A_quote_spanning_two_stories_is_rejected()
    {
        const string other = "HyperAI said approximately 7,000 staff members were affected.";
        var spanning = "surprise email. HyperAI said approximately 7,000";
        Assert.False(QuoteVerifier.IsVerbatim(Story, spanning));
        Assert.False(QuoteVerifier.IsVerbatim(other, spanning));
    }

    [Fact]
    public void A_repeated_quote_resolves_to_the_occurrence_nearest_the_hint()
    {
        const string text = "He said no. Later he said no.";
        Assert.Equal(3, QuoteVerifier.Find(text, "said no", near: 0)!.Value.Start);
        Assert.Equal(21, QuoteVerifier.Find(text, "said no", near: 20)!.Value.Start);
    }
}
