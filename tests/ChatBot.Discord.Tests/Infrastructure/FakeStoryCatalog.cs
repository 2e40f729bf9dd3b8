using ChatBot.Core.Index;
using ChatBot.Core.Stories;

namespace ChatBot.Discord.Tests.Infrastructure;

internal sealed class FakeStoryCatalog : IStoryCatalog
{
    public List<StoryListing> Stories { get; } = [];

    public FakeStoryCatalog WithStories(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            Stories.Add(new StoryListing(
                $"story-{i}", "seeds", new StoryMetadata($"Story number {i}", "Example News", $"https://news.example/{i}"), 3, $"hash{i}"));
        }

        return this;
    }

    public Task<IReadOnlyList<StoryListing>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<StoryListing>>(Stories);
}
