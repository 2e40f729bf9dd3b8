using ChatBot.Core.Answering;
using ChatBot.Discord.Rendering;
using ChatBot.Discord.Tests.Infrastructure;

namespace ChatBot.Discord.Tests.Rendering;

public sealed class AnswerRendererTests
{
    [Fact]
    public void The_answer_comes_first_then_linked_citations_then_where_the_sources_disagree()
    {
        var answer = Answers.Simple("how many engineers?") with { Disagreements = [Answers.Disagreement()] };

        var message = Assert.Single(AnswerRenderer.Render(answer));

        var text = message.IndexOf("Answer to", StringComparison.Ordinal);
        var sources = message.IndexOf(AnswerRenderer.SourcesHeading, StringComparison.Ordinal);
        var disagree = message.IndexOf(AnswerRenderer.DisagreementsHeading, StringComparison.Ordinal);
        Assert.True(text >= 0 && text < sources && sources < disagree);
        Assert.Contains("**[1]** [Story 1](<https://news.example/1>) — Example News, 1 May 2024", message, StringComparison.Ordinal);
        Assert.Contains("> The company reassigned 6,500 engineers to the new unit.", message, StringComparison.Ordinal);
        Assert.Contains("• **Example News**: roughly 6,500\n> Roughly 6,500 engineers were moved.", message, StringComparison.Ordinal);
        Assert.Contains("• **Other Times**: 7,000\n> Some 7,000 engineers were moved.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_story_containing_everyone_and_mentions_pings_nobody()
    {
        var answer = Answers.Simple("q") with
        {
            Text = "The memo was sent to @everyone and <@80351110224678912>. [1]",
            Citations = [Answers.Citation(1, "Staff were told: @everyone must return, said <@&165511591545143296> in [a post](https://evil.example).", "Memo to @here")],
        };

        var message = Assert.Single(AnswerRenderer.Render(answer));

        Assert.DoesNotContain("@everyone", message, StringComparison.Ordinal);
        Assert.DoesNotContain("@here", message, StringComparison.Ordinal);
        Assert.DoesNotContain("<@", message, StringComparison.Ordinal);
        Assert.DoesNotContain("](https://evil", message, StringComparison.Ordinal);
        Assert.Contains("@\u200Beveryone", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_answer_with_many_citations_splits_between_citations_and_keeps_every_quote_whole()
    {
        var quotes = Enumerable.Range(1, 12).Select(i => $"Quote {i}: " + string.Join(" ", Enumerable.Repeat($"w{i}", 60)) + ".").ToList();
        var answer = new Answer(
            "q", true,
            string.Join(" ", Enumerable.Range(1, 40).Select(i => $"Claim {i} is supported by the reporting here. [{i % 12 + 1}]")),
            [.. quotes.Select((q, i) => Answers.Citation(i + 1, q))],
            [Answers.Disagreement()],
            AnswerTimings.Zero);

        var messages = AnswerRenderer.Render(answer);

        Assert.True(messages.Count >= 3);
        Assert.All(messages, m => Assert.True(m.Length <= MessageSplitter.MessageLimit, $"{m.Length} characters"));
        Assert.All(quotes, q => Assert.Single(messages, m => m.Contains("> " + q, StringComparison.Ordinal)));
        Assert.All(messages, m => Assert.Equal(0, System.Text.RegularExpressions.Regex.Matches(m, @"\*\*").Count % 2));
    }

    [Fact]
    public void An_unanswered_question_renders_its_text_and_notices()
    {
        var answer = new Answer("q", false, "The stories don't say.", [], [], AnswerTimings.Zero, Notices: ["The model was unavailable."]);

        var message = Assert.Single(AnswerRenderer.Render(answer));

        Assert.Equal("The stories don't say.\n\n-# The model was unavailable.", message);
    }
}
