using ChatBot.Core.Answering;
using ChatBot.Core.Stories;

namespace ChatBot.Core.Tests.Answering;

public sealed class StoryNameTermsCacheTests
{
    [Fact]
    public void A_story_is_read_once_per_version_and_again_when_its_text_changes()
    {
        var cache = new StoryNameTermsCache();
        var story = Story("Officials of the United States Postal Service met on Monday.", "Talks");

        var first = cache.For(story);

        Assert.Same(first, cache.For(story with { }));
        Assert.Contains("postal", first.Terms);
        Assert.Contains("talk", first.Terms);
        Assert.Contains("usps", first.Acronyms);
        // Same id and title, new text: a cache keyed by story would return the old terms.
        var changed = Story("Officials of the World Health Organization met on Monday.", "Talks");
        Assert.Equal(story.Id, changed.Id);
        var reread = cache.For(changed);
        Assert.NotSame(first, reread);
        Assert.DoesNotContain("postal", reread.Terms);
        Assert.Contains("who", reread.Acronyms);
    }

    [Fact]
    public void A_full_cache_starts_again_and_still_answers()
    {
        var cache = new StoryNameTermsCache(capacity: 2);
        var stories = Enumerable.Range(0, 5).Select(i => Story($"Story number {i} about Acme.", $"Title {i}")).ToList();

        var read = stories.Select(cache.For).ToList();

        Assert.All(read.Zip(stories), p => Assert.Equal(p.Second.Text, p.First.Text));
        // The last story read is still held; the first was dropped when the cache filled and is read anew.
        Assert.Same(read[4], cache.For(stories[4]));
        Assert.NotSame(read[0], cache.For(stories[0]));
    }

    private static Story Story(string text, string title)
    {
        var metadata = new StoryMetadata(title, "Daily Planet", null, null, null);
        return new Story("s/" + title, "news", text, metadata, StoryHash.Compute(text, metadata));
    }
}
