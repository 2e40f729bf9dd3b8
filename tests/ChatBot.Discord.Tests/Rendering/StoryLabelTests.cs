using ChatBot.Discord.Rendering;
using ChatBot.Discord.Tests.Infrastructure;

namespace ChatBot.Discord.Tests.Rendering;

public sealed class StoryLabelTests
{
    [Theory]
    [InlineData("Meta moves engineers", "Example News", "https://news.example/1", "seeds", "Meta moves engineers")]
    [InlineData(null, "Example News", "https://news.example/1", "seeds", "Example News")]
    [InlineData(null, null, "https://www.news.example/1", "seeds", "news.example")]
    [InlineData(null, null, null, "seeds", "seeds")]
    [InlineData(" ", null, null, null, StoryLabel.Untitled)]
    public void A_story_is_labelled_by_title_then_outlet_then_site_then_source(
        string? title, string? outlet, string? url, string? source, string expected) =>
        Assert.Equal(expected, StoryLabel.For(title, outlet, url, source));

    [Fact]
    public void An_untitled_citation_is_labelled_by_its_outlet_never_by_its_file_name()
    {
        var citation = Answers.Citation(1, "The company reassigned 6,500 engineers.") with { SourceId = "002_e4c26bd9cbecf148.txt", Title = null };
        var answer = Answers.Simple("Who moved?") with { Citations = [citation] };

        var text = string.Join("\n", AnswerRenderer.Render(answer).Select(m => m.Content));

        Assert.DoesNotContain("002_e4c26bd9cbecf148", text, StringComparison.Ordinal);
        Assert.Contains("[Example News](<https://news.example/1>)", text, StringComparison.Ordinal);
    }
}
