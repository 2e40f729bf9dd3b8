using ChatBot.Core.Ingestion;

namespace ChatBot.Core.Tests.Ingestion;

public class FrontMatterTests
{
    [Fact]
    public void Yaml_front_matter_gives_metadata_and_is_not_part_of_the_text()
    {
        var content = "---\ntitle: Budget approved\noutlet: City Herald\nurl: https://herald.example/budget\ndate: 2026-01-15\nauthor: Sam Lee\n---\nThe council approved the budget.";
        var (metadata, text) = StoryFileParser.Parse(".txt", content);
        Assert.Equal("Budget approved", metadata.Title);
        Assert.Equal("City Herald", metadata.Outlet);
        Assert.Equal("https://herald.example/budget", metadata.Url);
        Assert.Equal("Sam Lee", metadata.Author);
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 0, 0, 0, TimeSpan.Zero), metadata.Published);
        Assert.Equal("The council approved the budget.", text);
    }

    [Fact]
    public void Markdown_is_read_as_plain_text_with_its_heading_as_title()
    {
        var content = "# Budget approved\n\nThe council **approved** the [budget](https://x.example).\n\nA second paragraph.";
        var (metadata, text) = StoryFileParser.Parse(".md", content);
        Assert.Equal("Budget approved", metadata.Title);
        Assert.Contains("The council approved the budget.", text);
        Assert.DoesNotContain("**", text);
        Assert.DoesNotContain("https://x.example", text);
    }

    [Fact]
    public void Malformed_front_matter_is_ignored_rather_than_losing_the_story()
    {
        var content = "---\ntitle: [unclosed\n---\nBody text here.";
        var (metadata, text) = StoryFileParser.Parse(".txt", content);
        Assert.Null(metadata.Title);
        Assert.Equal("Body text here.", text);
    }
}
