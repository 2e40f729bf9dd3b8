using ChatBot.Core.Index;
using ChatBot.Core.Stories;

namespace ChatBot.Core.Embeddings;

/// <summary>
/// Wraps the index the indexer writes to so that embeddings follow the configured model: a story whose vectors
/// came from another model (or could not be made) reports a stale content hash, so the incremental indexer
/// re-writes it with fresh vectors; everything else passes through.
/// </summary>
public sealed class EmbeddingAwareStoryIndex(IStoryIndex inner, EmbeddingCache cache, string model) : IStoryIndex
{
    private const string StaleSuffix = "|embeddings-stale";

    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, string>> GetContentHashesAsync(string? source = null, CancellationToken cancellationToken = default)
    {
        var hashes = await inner.GetContentHashesAsync(source, cancellationToken);
        var models = await cache.GetStoryModelsAsync(cancellationToken);
        return hashes.ToDictionary(
            p => p.Key,
            p => models.TryGetValue(p.Key, out var m) && m == model ? p.Value : p.Value + StaleSuffix,
            StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public async Task UpsertStoryAsync(Story story, IReadOnlyList<Chunk> chunks, IReadOnlyList<float[]>? chunkVectors = null, CancellationToken cancellationToken = default)
    {
        var embedded = chunkVectors is not null && chunkVectors.Count == chunks.Count;
        await inner.UpsertStoryAsync(story, chunks, embedded ? chunkVectors : null, cancellationToken);
        await cache.SetStoryModelAsync(story.Id, embedded ? model : null, cancellationToken);
    }

    /// <inheritdoc />
    public async Task DeleteStoryAsync(string storyId, CancellationToken cancellationToken = default)
    {
        await inner.DeleteStoryAsync(storyId, cancellationToken);
        await cache.SetStoryModelAsync(storyId, null, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ChunkHit>> SearchAsync(IndexQuery query, CancellationToken cancellationToken = default) => inner.SearchAsync(query, cancellationToken);

    /// <inheritdoc />
    public Task<Story?> GetStoryAsync(string storyId, CancellationToken cancellationToken = default) => inner.GetStoryAsync(storyId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, Story>> GetStoriesAsync(IReadOnlyCollection<string> storyIds, CancellationToken cancellationToken = default) =>
        inner.GetStoriesAsync(storyIds, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<StoryListing>> ListStoriesAsync(CancellationToken cancellationToken = default) => inner.ListStoriesAsync(cancellationToken);

    /// <inheritdoc />
    public Task<TermStatistics> GetTermStatisticsAsync(IReadOnlyCollection<string> terms, CancellationToken cancellationToken = default) => inner.GetTermStatisticsAsync(terms, cancellationToken);
}
