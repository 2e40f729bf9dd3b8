namespace ChatBot.Core.Ingestion;

/// <summary>
/// A source whose scan lists only what may have changed (a feed's new and updated items, a page), not everything
/// it ever held. Stories missing from its scan stay indexed: a story that left a feed, or a page that failed
/// to load, is never removed for it.
/// </summary>
public interface IIncrementalStorySource : IStorySource
{
    /// <summary>Stories the last scan knew to be unchanged without listing them (a 304, an item seen before).</summary>
    int SkippedUnchanged { get; }

    /// <summary>
    /// Called once every entry of the last scan has been handled and written, never after a cancelled run:
    /// the source may now remember what it has read (validators, items), and what to retry.
    /// </summary>
    Task CompleteAsync(CancellationToken cancellationToken = default);
}
