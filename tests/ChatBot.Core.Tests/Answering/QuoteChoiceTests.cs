using ChatBot.Core.Answering;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Answering;

/// <summary>Which sentences an extractive answer quotes when it has room for few.</summary>
public class QuoteChoiceTests
{
    private const string Question = "Which striker scored the winning goal in the Harbor Cup final?";

    [Fact]
    public async Task The_sentence_most_squarely_about_the_question_is_quoted_though_its_story_ranks_low()
    {
        using var corpus = await IndexedCorpus.FromStoriesAsync(
        [
            ("a.txt", IndexedCorpus.StoryFrom("Sports Desk", "Harbor Cup final: which striker scored the winning goal?", "Coach Tom Reyes praised his players after the Harbor Cup final.")),
            ("b.txt", IndexedCorpus.StoryFrom("Fan Zone", "Harbor Cup final: the striker who scored the winning goal", "Fans chanted for Tom Reyes outside the stadium.")),
            ("c.txt", IndexedCorpus.StoryFrom("Radio North", "Harbor Cup final: a striker scored the winning goal", "Keeper Sam Okafor saved a penalty in the Harbor Cup final.")),
            ("d.txt", IndexedCorpus.StoryFrom("Evening Echo", "Harbor Cup final: winning goal scored by a striker", "Supporters carried Sam Okafor off the pitch.")),
            ("report.txt", IndexedCorpus.StoryFrom("City Herald", "Sunday's match", "The striker who scored the winning goal in the Harbor Cup final on Sunday had joined the club in May.")),
            .. IndexedCorpus.Unrelated,
        ]);
        var gathered = await new EvidenceGatherer(new Retriever(corpus.Index), corpus.Index, TimeProvider.System).GatherAsync(Question, null);

        var draft = new ExtractiveAnswerer(maxCitations: 2).Compose(gathered.Profile, gathered.Evidence, gathered.Stories);

        // Retrieval ranks the headline-stuffed stories first and the vote goes to their names; the sentence that
        // covers the whole question is still quoted.
        Assert.Equal(2, draft.Citations.Count);
        Assert.Contains(draft.Citations, c => c.SourceId == "report.txt" && c.Quote.StartsWith("The striker who scored the winning goal", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sentence_sharing_no_word_with_the_question_is_not_quoted_to_fill_a_short_answer()
    {
        using var corpus = await IndexedCorpus.FromStoriesAsync(
        [
            ("report.txt", IndexedCorpus.StoryFrom("City Herald", "Rivera wins it", "Striker Ana Rivera scored the winning goal in the Harbor Cup final on Sunday. The weather was cold and wet all afternoon. Tickets had sold out weeks before. Parking near the ground was hard to find.")),
            .. IndexedCorpus.Unrelated,
        ]);

        var answer = await corpus.Answers.AskAsync(Question);

        Assert.True(answer.Answered);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("Ana Rivera scored", StringComparison.Ordinal));
        Assert.All(answer.Citations, c => Assert.DoesNotMatch("weather|Tickets|Parking", c.Quote));
    }

    [Fact]
    public async Task A_question_asking_for_a_team_is_not_answered_with_a_person_named_by_title()
    {
        using var corpus = await IndexedCorpus.FromStoriesAsync(
        [
            ("visit.txt", IndexedCorpus.StoryFrom("Capital Desk", "Champions at the White House", "President Donald Trump welcomed the Super Bowl champions to the White House on Tuesday. The Philadelphia Eagles celebrated their Super Bowl victory at the White House with the president.")),
            .. IndexedCorpus.Unrelated,
        ]);

        var answer = await corpus.Answers.AskAsync("Which NFL team visited the White House to celebrate their Super Bowl victory?");

        Assert.True(answer.Answered);
        Assert.Equal("Philadelphia Eagles", answer.ShortAnswer?.Text);
    }

    [Fact]
    public async Task An_answer_beside_the_questions_verb_in_other_words_wins_the_vote()
    {
        using var corpus = await IndexedCorpus.FromStoriesAsync(
        [
            ("floods.txt", IndexedCorpus.StoryFrom("River News", "Floods", "During the floods, a spokesman in Paris said the mayor had remained in Lyon.")),
            .. IndexedCorpus.Unrelated,
        ]);

        var answer = await corpus.Answers.AskAsync("Which city did the mayor stay in during the floods?");

        // "remained" is an everyday equivalent of "stay": Lyon stands beside it, Paris only near "mayor".
        Assert.Equal("Lyon", answer.ShortAnswer?.Text);
    }

    [Fact]
    public async Task Other_outlets_giving_the_settled_answer_are_quoted_beside_it()
    {
        using var corpus = await IndexedCorpus.FromStoriesAsync(
        [
            ("a.txt", IndexedCorpus.StoryFrom("Sports Desk", "Harbor Games", "Officials said Porto Vale will host the Harbor Games next summer.")),
            ("b.txt", IndexedCorpus.StoryFrom("Fan Zone", "Harbor Games", "Organisers said Porto Vale will host the Harbor Games next summer.")),
            ("c.txt", IndexedCorpus.StoryFrom("Radio North", "Harbor Games", "Delegates said Porto Vale will host the Harbor Games next summer.")),
            .. IndexedCorpus.Unrelated,
            .. Enumerable.Range(1, 12).Select(i => ($"other{i}.txt", IndexedCorpus.StoryFrom("Daily Post", $"Council notes {i}", $"The council met on day {i} to discuss road repairs and school budgets."))),
        ]);
        var gathered = await new EvidenceGatherer(new Retriever(corpus.Index), corpus.Index, TimeProvider.System).GatherAsync("Which city will host the Harbor Games next summer?", null);

        var draft = new ExtractiveAnswerer(maxCitations: 1).Compose(gathered.Profile, gathered.Evidence, gathered.Stories);

        // One statement has room; other outlets giving the same answer corroborate it, as many as the answer
        // has statements.
        Assert.Equal("Porto Vale", draft.ShortAnswer?.Text);
        Assert.Equal(2, draft.Citations.Select(c => c.SourceId).Distinct().Count());
        Assert.All(draft.Citations, c => Assert.Contains("Porto Vale", c.Quote, StringComparison.Ordinal));
    }
}
