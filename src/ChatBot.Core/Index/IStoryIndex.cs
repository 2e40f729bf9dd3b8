using ChatBot.Core.Stories;

namespace ChatBot.Core.Index;

/// <summary>
/// Where stories and their chunks are kept and searched. Two implementations share one conformance suite:
/// the embedded SQLite index (the default) and Qdrant.
/// </summary>
public interface IStoryIndex
{
    /// <summary>Creates the schema or collection when missing; safe to call repeatedly.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Content hash of every indexed story of <paramref name="source"/> (all sources when null), by story id.</summary>
    Task<IReadOnlyDictionary<string, string>> GetContentHashesAsync(string? source = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a story with its chunks, replacing any earlier version of it as one unit: a concurrent reader
    /// sees the old story or the new one, never a mix. New chunks are written before stale ones are removed.
    /// </summary>
    Task UpsertStoryAsync(Story story, IReadOnlyList<Chunk> chunks, IReadOnlyList<float[]>? chunkVectors = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores several stories, each as <see cref="UpsertStoryAsync"/> would. An index may write them in one
    /// transaction, which is much cheaper per story; a reader still sees each story whole, old or new.
    /// </summary>
    async Task UpsertStoriesAsync(IReadOnlyList<StoryUpsert> stories, CancellationToken cancellationToken = default)
    {
        foreach (var upsert in stories) await UpsertStoryAsync(upsert.Story, upsert.Chunks, upsert.ChunkVectors, cancellationToken);
    }

    /// <summary>Removes a story and its chunks; removing an unknown story does nothing.</summary>
    Task DeleteStoryAsync(string storyId, CancellationToken cancellationToken = default);

    /// <summary>Ranked chunks for a query, best first.</summary>
    Task<IReadOnlyList<ChunkHit>> SearchAsync(IndexQuery query, CancellationToken cancellationToken = default);

    /// <summary>One stored story, with the text quotes are verified against; null when unknown.</summary>
    Task<Story?> GetStoryAsync(string storyId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The stored stories among <paramref name="storyIds"/>, by id, read in one request: an answer needs every
    /// retrieved story, and a round trip per story was most of its I/O. Unknown ids are left out.
    /// </summary>
    Task<IReadOnlyDictionary<string, Story>> GetStoriesAsync(IReadOnlyCollection<string> storyIds, CancellationToken cancellationToken = default);

    /// <summary>Every indexed story with its chunk count, for listings, in story-id order (ordinal).</summary>
    Task<IReadOnlyList<StoryListing>> ListStoriesAsync(CancellationToken cancellationToken = default);

    /// <summary>Number of chunks containing each term (document frequency), and the total chunk count.</summary>
    Task<TermStatistics> GetTermStatisticsAsync(IReadOnlyCollection<string> terms, CancellationToken cancellationToken = default);
}
