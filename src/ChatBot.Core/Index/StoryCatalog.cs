namespace ChatBot.Core.Index;

/// <summary>The catalog over whichever <see cref="IStoryIndex"/> is configured.</summary>
public sealed class StoryCatalog(IStoryIndex index) : IStoryCatalog
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<StoryListing>> ListAsync(CancellationToken cancellationToken = default)
    {
        var stories = await index.ListStoriesAsync(cancellationToken);
        return stories
            .OrderByDescending(s => s.Metadata.Published ?? DateTimeOffset.MinValue)
            .ThenBy(s => s.StoryId, StringComparer.Ordinal)
            .ToList();
    }
}
