using ChatBot.Core.Answering;
using ChatBot.Core.Stories;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Answering;

public class SourceLabelTests
{
    private static Story StoryOf(string text, StoryMetadata? metadata = null, string source = "seeds") =>
        new("002_e4c26bd9cbecf148.txt", source, text, metadata ?? StoryMetadata.Empty, "hash");

    [Fact]
    public void A_story_is_named_by_its_outlet_before_its_title()
    {
        Assert.Equal("HyperAI", SourceLabel.For(StoryOf("Body.", new StoryMetadata(Title: "Meta reverses course", Outlet: "HyperAI"))));
        Assert.Equal("Meta reverses course", SourceLabel.For(StoryOf("Body.", new StoryMetadata(Title: "Meta reverses course"))));
    }

    [Fact]
    public void A_story_without_outlet_or_title_is_named_by_its_first_line_cut_at_a_word_end()
    {
        var story = StoryOf("\n  \n🌍\nMeta employees reported Wednesday that in the company’s offices on the day mass layoffs hit.\nSecond line.");

        var label = SourceLabel.For(story);

        Assert.Equal("Meta employees reported Wednesday that in the company’s…", label);
        Assert.True(label.Length <= SourceLabel.MaxLineLength);
    }

    [Fact]
    public void A_short_first_line_is_kept_whole_with_its_white_space_and_control_characters_cleaned()
    {
        Assert.Equal("Flood closes the Elm Street bridge", SourceLabel.For(StoryOf("  Flood\tcloses the\u0007 Elm Street\u200B bridge  \nBody text.")));
    }

    [Fact]
    public void A_first_line_of_one_long_word_is_cut_inside_it()
    {
        var label = SourceLabel.For(StoryOf(new string('x', 200)));

        Assert.Equal(new string('x', SourceLabel.MaxLineLength - 1) + "…", label);
    }

    [Fact]
    public void A_story_with_no_readable_line_is_named_by_its_source_else_its_id()
    {
        Assert.Equal("seeds", SourceLabel.For(StoryOf("  \n— · —\n")));
        Assert.Equal("002_e4c26bd9cbecf148.txt", SourceLabel.For(StoryOf("", source: " ")));
    }

    [Fact]
    public async Task The_seeds_story_without_a_title_is_never_named_by_its_file_name()
    {
        using var corpus = await IndexedCorpus.CreateAsync(RepositoryPaths.Seeds);

        var summary = await corpus.Answers.SummarizeAsync(new SummaryRequest());
        var petition = await corpus.Answers.AskAsync("How many Meta employees signed the petition?");

        var untitled = summary.Citations.First(c => c.SourceId == "002_e4c26bd9cbecf148.txt");
        Assert.StartsWith("Meta employees reported Wednesday", untitled.DisplayName);
        Assert.Contains(petition.Citations, c => c.SourceId == untitled.SourceId);
        Assert.Contains(petition.Disagreements.SelectMany(d => d.Claims), c => c.SourceId == untitled.SourceId && c.DisplayName == untitled.DisplayName);
        foreach (var answer in new[] { summary, petition })
        {
            Assert.DoesNotContain("002_e4c26bd9cbecf148.txt", answer.Text, StringComparison.Ordinal);
            Assert.All(answer.Disagreements, d => Assert.DoesNotContain("002_e4c26bd9cbecf148.txt", DisagreementProse.Sentence(d, answer.Citations), StringComparison.Ordinal));
        }
    }
}
