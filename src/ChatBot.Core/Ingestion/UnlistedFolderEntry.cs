namespace ChatBot.Core.Ingestion;

/// <summary>
/// A subfolder of a story folder that could not be listed, as an entry of the scan: it fails to load with its
/// reason, so it is reported and counted like an unreadable file, and the stories indexed from it are not
/// removed for missing from the scan (a failed read never removes anything).
/// </summary>
internal sealed class UnlistedFolderEntry(string storyIdPrefix, string location, string reason) : IStoryEntry
{
    /// <summary>The folder's path relative to the source root, ending in '/' (empty for the root itself).</summary>
    public string StoryId => storyIdPrefix;

    public string Location => location;

    /// <summary>True when <paramref name="storyId"/> came from this folder or one below it.</summary>
    public bool Holds(string storyId) => storyId.StartsWith(storyIdPrefix, StringComparison.Ordinal);

    public Task<Stories.Story> LoadAsync(CancellationToken cancellationToken = default) => Task.FromException<Stories.Story>(new StoryUnreadableException(reason));
}
