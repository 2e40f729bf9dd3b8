using ChatBot.Core.Answering;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Answering;

/// <summary>
/// Which stories an answer quotes: those that match the question nearly as well as the best match, not a long
/// story that happens to use several of the question's words in passing.
/// </summary>
public class CitableStoriesTests
{
    private const string Question = "Which company will open a new battery factory in Leeds next year?";

    [Fact]
    public async Task A_story_using_the_question_words_in_passing_matches_a_small_share_of_the_best()
    {
        using var corpus = await Corpus();

        var passages = (await new Retriever(corpus.Index).RetrieveAsync(Question)).Passages;

        var roundup = passages.Where(p => p.StoryId == "roundup.txt").Max(p => p.Match);
        Assert.True(roundup < ExtractiveAnswerer.RelativeScore, $"roundup matches {roundup:F2}");
        Assert.True(passages.Single(p => p.StoryId == "courier.txt").Match >= ExtractiveAnswerer.RelativeScore);
    }

    [Fact]
    public async Task A_story_that_only_shares_some_of_the_question_words_is_not_quoted()
    {
        using var corpus = await Corpus();

        var answer = await corpus.Answers.AskAsync(Question);

        Assert.True(answer.Answered);
        // The two stories say the same: both outlets are quoted, each corroborating the other, the restatement last.
        var quoted = answer.Citations.Where(c => c.SourceId is "herald.txt" or "courier.txt").ToList();
        Assert.Equal(2, quoted.Count);
        Assert.Equal(quoted.Count, answer.Citations.Count);
        Assert.All(quoted, c => Assert.Equal([c.SourceId == "herald.txt" ? "courier.txt" : "herald.txt"], c.CorroboratedBy));
        Assert.DoesNotContain(answer.Citations, c => c.SourceId == "roundup.txt");
        Assert.StartsWith("**Voltcell**", answer.Text, StringComparison.Ordinal);
    }

    private static Task<IndexedCorpus> Corpus() => IndexedCorpus.FromStoriesAsync(
    [
        ("herald.txt", "Battery factory for Leeds\n\nThe carmaker Voltcell will open a new battery factory in Leeds next year, the company said on Tuesday, creating 900 jobs."),
        ("courier.txt", "Leeds wins battery plant\n\nA new battery factory will open in Leeds next year, built by the company Voltcell, its chief executive told reporters."),
        ("roundup.txt", "Week in business\n\n" + string.Join(" ", [
            "Northgate Retail will open a new store in Leeds next year, the company said, its third in the region.",
            "Shares in the company rose after the announcement, though analysts warned that consumer spending remains weak.",
            "Elsewhere, a bakery chain reported higher profits for the year, helped by lower flour prices and a busy holiday season.",
            "A logistics firm in Hull said it would hire drivers next month, and a bank in York cut its mortgage rates for first-time buyers.",
            "The regional chamber of commerce said confidence among small firms had improved for the second quarter running.",
            "Transport officials promised to finish the long-delayed tram extension by the end of the decade.",
        ])),
        .. IndexedCorpus.Unrelated,
    ]);
}
