using ChatBot.Core.Answering;
using ChatBot.Core.Stories;
using ChatBot.Core.Text;

namespace ChatBot.Core.Tests.Answering;

public sealed class StoryNameTermsCacheTests
{
    [Fact]
    public void A_story_is_read_once_per_version_and_again_when_it_changes()
    {
        var cache = new StoryNameTermsCache();
        var story = Story("Officials of the United States Postal Service met on Monday.", "Postal talks");

        var first = cache.For(story);

        Assert.Same(first, cache.For(story with { }));
        Assert.Equal(Tokenizer.Terms(story.Text + "\n" + story.Metadata.Title).ToHashSet(), first.Terms);
        Assert.Contains("usps", first.Acronyms);
        var changed = Story("Officials of the World Health Organization met on Monday.", "Health talks");
        Assert.DoesNotContain("postal", cache.For(changed).Terms);
    }

    [Fact]
    public void A_full_cache_starts_again_and_still_answers()
    {
        var cache = new StoryNameTermsCache(capacity: 2);
        var stories = Enumerable.Range(0, 5).Select(i => Story($"Story number {i} about Acme.", $"Title {i}")).ToList();

        var read = stories.Select(cache.For).ToList();

        Assert.All(read.Zip(stories), p => Assert.Equal(p.Second.Text, p.First.Text));
    }

    private static Story Story(string text, string title)
    {
        var metadata = new StoryMetadata(title, "Daily Planet", null, null, null);
        return new Story("s/" + title, "news", text, metadata, StoryHash.Compute(text, metadata));
    }
}
