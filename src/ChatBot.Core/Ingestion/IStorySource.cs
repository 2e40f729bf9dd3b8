namespace ChatBot.Core.Ingestion;

/// <summary>
/// A place stories come from (a folder, a feed, a list of pages). A scan lists what is there now; each entry
/// loads its story on demand so the indexer can report progress against a known total.
/// </summary>
public interface IStorySource
{
    /// <summary>The configured name; every story remembers the source it came from.</summary>
    string Name { get; }

    /// <summary>Lists the stories present now. Entries that fail to load are reported, never dropped silently.</summary>
    Task<IReadOnlyList<IStoryEntry>> ScanAsync(CancellationToken cancellationToken = default);
}

/// <summary>One story of a source scan.</summary>
public interface IStoryEntry
{
    /// <summary>The stable story id (path relative to the source root, or canonical URL).</summary>
    string StoryId { get; }

    /// <summary>Where it was read from, for messages.</summary>
    string Location { get; }

    /// <summary>Reads and parses the story; throws <see cref="StoryUnreadableException"/> with a reason when it cannot.</summary>
    Task<Stories.Story> LoadAsync(CancellationToken cancellationToken = default);
}
