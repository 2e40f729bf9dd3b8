using ChatBot.Core.Disagreements;
using ChatBot.Core.Disagreements.Stance;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Answering;

/// <summary>Claims and yes/no questions: which outlets are quoted, and how their stances are read.</summary>
public class ClaimAnswerTests
{
    private const string Claim = "Was Mayor Lena Ortiz caught napping during a live council broadcast?";

    private static readonly (string File, string Text) Gazette =
        ("gazette.txt", IndexedCorpus.StoryFrom("Valley Gazette", "Mayor caught napping", "Mayor Lena Ortiz was caught napping during a live council broadcast on Tuesday, viewers said."));

    private static Task<IndexedCorpus> CorpusWith(params (string File, string Text)[] stories) =>
        IndexedCorpus.FromStoriesAsync([.. stories, .. IndexedCorpus.Unrelated]);

    [Fact]
    public async Task Every_outlet_reporting_a_claim_is_quoted_however_loosely_it_words_it()
    {
        using var corpus = await CorpusWith(
            Gazette,
            ("echo.txt", IndexedCorpus.StoryFrom("Evening Echo", "Council clip goes viral", "A clip of Mayor Lena Ortiz with her eyes shut while the council broadcast ran live has gone viral.")));

        var answer = await corpus.Answers.AskAsync(Claim);

        Assert.True(answer.Answered);
        Assert.Equal(["echo.txt", "gazette.txt"], answer.Citations.Select(c => c.SourceId).Distinct().Order());
        Assert.DoesNotContain("Only", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refutation_in_other_words_than_the_rumour_is_quoted_against_it()
    {
        using var corpus = await CorpusWith(
            Gazette,
            ("herald.txt", IndexedCorpus.StoryFrom("City Herald", "Council answers critics", "A clip said to show Mayor Lena Ortiz napping during a live council broadcast spread online this week. The budget meeting ran for four hours. Members debated road repairs and a new library. Officials said the footage was doctored and that the mayor was awake throughout.")));

        var answer = await corpus.Answers.AskAsync(Claim);

        Assert.True(answer.Answered);
        Assert.Contains(answer.Citations, c => c.SourceId == "herald.txt" && c.Quote.Contains("doctored", StringComparison.Ordinal));
        Assert.Contains(answer.Disagreements, d => d.Kind == DisagreementKinds.Stance);
    }

    [Fact]
    public async Task A_denial_about_something_else_in_the_passage_does_not_make_a_story_refute_the_claim()
    {
        using var corpus = await CorpusWith(
            ("gazette.txt", IndexedCorpus.StoryFrom("Valley Gazette", "Mayor caught napping", "Mayor Lena Ortiz was caught napping during a live council broadcast on Tuesday, viewers said. Separately, the city denied reports of a budget cut for libraries.")),
            ("echo.txt", IndexedCorpus.StoryFrom("Evening Echo", "Council clip goes viral", "Mayor Lena Ortiz was caught napping during the live council broadcast, a clip shows.")));

        var answer = await corpus.Answers.AskAsync(Claim);

        Assert.True(answer.Answered);
        Assert.DoesNotContain(answer.Disagreements, d => d.Kind == DisagreementKinds.Stance);
    }

    [Fact]
    public async Task A_story_saying_a_negative_claim_asserts_it_whatever_background_it_gives()
    {
        using var corpus = await CorpusWith(
            ("gazette.txt", IndexedCorpus.StoryFrom("Valley Gazette", "Mayor pulls out", "Mayor Lena Ortiz will not attend the water summit after all, her office said on Monday. Ortiz had been expected to attend the water summit in June.")),
            ("echo.txt", IndexedCorpus.StoryFrom("Evening Echo", "Summit line-up", "Mayor Lena Ortiz is expected to attend the water summit in June, organisers said.")));

        var answer = await corpus.Answers.AskAsync("Is it true that Mayor Lena Ortiz will not attend the water summit after all?");

        var stance = Assert.Single(answer.Disagreements, d => d.Kind == DisagreementKinds.Stance);
        Assert.Equal(Stances.Asserts, stance.Claims.Single(c => c.SourceId == "gazette.txt").Stance);
        Assert.Equal(Stances.Refutes, stance.Claims.Single(c => c.SourceId == "echo.txt").Stance);
    }
}
