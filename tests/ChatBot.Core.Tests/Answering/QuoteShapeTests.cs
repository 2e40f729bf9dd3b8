using ChatBot.Core.Answering;

namespace ChatBot.Core.Tests.Answering;

public class QuoteShapeTests
{
    [Theory]
    [InlineData("Meta reassigned roughly 6,500 engineers via surprise email to generate AI training data.", true)]
    [InlineData("📊 Competitor Analysis▸ Show", false)]
    [InlineData("Source: https://www.usatoday.com/story/sports/nfl/2023/01/04/damar-hamlin-injury/", false)]
    [InlineData("Sign up for the Bills Blast newsletterDelivered straight to your inbox", false)]
    [InlineData("Home | News | Sport | Weather | Contact Us", false)]
    public void Only_prose_is_quoted(string sentence, bool prose) => Assert.Equal(prose, QuoteShape.IsProse(sentence));

    [Fact]
    public void A_story_is_ai_generated_only_when_its_own_text_says_so()
    {
        Assert.True(StorySelfDescription.AiGenerated("Markets moved.\nAI-generated analysis for this event."));
        Assert.True(StorySelfDescription.AiGenerated("This article was generated using artificial intelligence."));
        Assert.Null(StorySelfDescription.AiGenerated("Researchers said AI is changing newsrooms."));
        Assert.Equal("opinion", StorySelfDescription.Label("Opinion\nWhy the plan fails"));
        Assert.Null(StorySelfDescription.Label("An analyst said the plan fails."));
    }
}
