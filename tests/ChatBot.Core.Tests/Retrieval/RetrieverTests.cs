using ChatBot.Core.Retrieval;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Retrieval;

public class RetrieverTests
{
    [Fact]
    public async Task A_number_written_without_separators_finds_the_story_that_uses_them()
    {
        using var corpus = await IndexedCorpus.CreateAsync(RepositoryPaths.Seeds);
        var result = await new Retriever(corpus.Index).RetrieveAsync("6500 engineers");
        Assert.Contains("6,500", result.Passages[0].Hit.Chunk.Text);
    }

    [Fact]
    public async Task No_story_holds_more_than_its_share_of_the_first_passages()
    {
        using var corpus = await IndexedCorpus.CreateAsync(RepositoryPaths.Seeds);
        var options = new RetrievalOptions(Passages: 6, MaxPerStory: 2);
        var result = await new Retriever(corpus.Index, options).RetrieveAsync("Meta AI engineers data labeling petition");
        Assert.Equal(6, result.Passages.Count);
        Assert.All(result.Passages.GroupBy(p => p.StoryId), g => Assert.True(g.Count() <= 2));
        Assert.True(result.Passages.Select(p => p.StoryId).Distinct().Count() >= 3);
    }

    [Fact]
    public async Task A_question_of_only_stop_words_retrieves_nothing()
    {
        using var corpus = await IndexedCorpus.CreateAsync(RepositoryPaths.Seeds);
        var result = await new Retriever(corpus.Index).RetrieveAsync("What did they do?");
        Assert.Empty(result.Passages);
    }

    [Fact]
    public async Task Filters_restrict_by_outlet()
    {
        using var corpus = await IndexedCorpus.CreateAsync(RepositoryPaths.Seeds);
        var result = await new Retriever(corpus.Index).RetrieveAsync("engineers", new ChatBot.Core.Index.IndexFilter(Outlets: ["hyperai"]));
        Assert.NotEmpty(result.Passages);
        Assert.All(result.Passages, p => Assert.Equal("HyperAI", p.Hit.Metadata.Outlet));
    }

    [Fact]
    public async Task A_passage_using_only_an_equivalent_of_the_question_words_is_found_by_a_ranking_of_its_own()
    {
        using var corpus = await IndexedCorpus.FromStoriesAsync(
            ("crossing.txt", "Works on the river\n\nOfficials said the old crossing will remain in service until Friday while engineers test the cables."),
            ("bridge.txt", "Bridge paint\n\nPainters began work on the bridge railings on Monday, the council said."));

        var passages = (await new Retriever(corpus.Index).RetrieveAsync("Will the bridge stay open?")).Passages;

        // Only "remain", an equivalent of "stay", ties the crossing story to the question.
        var crossing = Assert.Single(passages, p => p.StoryId == "crossing.txt");
        Assert.InRange(crossing.Match, double.Epsilon, 1.0);
    }
}
