using ChatBot.Core.Stories;

namespace ChatBot.Core.Ingestion;

/// <summary>
/// Gives the stories of a source the configured outlet when they state none (a folder of plain-text files from
/// one publisher). A story's own outlet always wins.
/// </summary>
public sealed class OutletDefaultingSource(IStorySource inner, string outlet) : IStorySource
{
    /// <inheritdoc />
    public string Name => inner.Name;

    /// <inheritdoc />
    public async Task<IReadOnlyList<IStoryEntry>> ScanAsync(CancellationToken cancellationToken = default)
    {
        var entries = await inner.ScanAsync(cancellationToken);
        // An unlisted folder loads no story to give an outlet to, and the indexer must still see it for what it is.
        return entries.Select(e => e is UnlistedFolderEntry ? e : new Entry(e, outlet)).ToList();
    }

    private sealed class Entry(IStoryEntry inner, string outlet) : IStoryEntry
    {
        public string StoryId => inner.StoryId;

        public string Location => inner.Location;

        public async Task<Story> LoadAsync(CancellationToken cancellationToken = default)
        {
            var story = await inner.LoadAsync(cancellationToken);
            if (story.Metadata.Outlet is not null) return story;
            var metadata = story.Metadata with { Outlet = outlet };
            return story with { Metadata = metadata, ContentHash = StoryHash.Compute(story.Text, metadata) };
        }
    }
}
