using ChatBot.Core.Disagreements;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Answering;

public class SourceTrustTests
{
    [Fact]
    public async Task A_claim_only_an_ai_generated_story_makes_is_marked_uncorroborated()
    {
        using var corpus = await IndexedCorpus.CreateAsync(RepositoryPaths.Seeds);

        var answer = await corpus.Answers.AskAsync("What is Project Data-Forge?");

        Assert.True(answer.Answered);
        Assert.All(answer.Citations, c => Assert.True(c.AiGenerated));
        Assert.All(answer.Citations, c => Assert.Empty(c.CorroboratedBy!));
        Assert.Contains("Only The Next Web (TNW) reports this", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reported_figure_several_stories_give_is_corroborated_by_the_others()
    {
        using var corpus = await IndexedCorpus.CreateAsync(RepositoryPaths.Seeds);

        var answer = await corpus.Answers.AskAsync("How many Meta engineers were reassigned to produce AI training data?");

        Assert.Contains(answer.Citations, c => c.CorroboratedBy is { Count: > 0 } others && !others.Contains(c.SourceId));
        Assert.DoesNotContain("Only", answer.Text, StringComparison.Ordinal);
        Assert.Equal(DisagreementRelations.Conflict, Assert.Single(answer.Disagreements).Relation);
        // Conflicting figures never collapse into one short answer: the first line names each side.
        Assert.Null(answer.ShortAnswer);
        Assert.Matches(@"^The stories give different answers: \*\*6,500\*\* \[\d\]; \*\*7,000\*\* \[\d\]", answer.Text);
    }

    [Fact]
    public async Task The_short_answer_is_a_verbatim_span_of_every_quote_it_cites()
    {
        using var corpus = await IndexedCorpus.CreateAsync(RepositoryPaths.Seeds);

        var answer = await corpus.Answers.AskAsync("How many employees signed the petition against the keystroke and click monitoring?");

        var shortAnswer = Assert.IsType<ChatBot.Core.Answering.ShortAnswer>(answer.ShortAnswer);
        Assert.StartsWith($"**{shortAnswer.Text}**", answer.Text, StringComparison.Ordinal);
        Assert.All(shortAnswer.Citations, n => Assert.Contains(shortAnswer.Text, answer.Citations.Single(c => c.Number == n).Quote, StringComparison.Ordinal));
    }
}
