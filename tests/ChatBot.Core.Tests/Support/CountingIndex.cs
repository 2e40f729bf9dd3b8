using ChatBot.Core.Index;
using ChatBot.Core.Stories;

namespace ChatBot.Core.Tests.Support;

/// <summary>Wraps an index and counts the writes that reach it.</summary>
public sealed class CountingIndex(IStoryIndex inner) : IStoryIndex
{
    public int Upserts { get; private set; }

    public int Deletes { get; private set; }

    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

    public Task<IReadOnlyDictionary<string, string>> GetContentHashesAsync(string? source = null, CancellationToken cancellationToken = default) =>
        inner.GetContentHashesAsync(source, cancellationToken);

    public Task UpsertStoryAsync(Story story, IReadOnlyList<Chunk> chunks, IReadOnlyList<float[]>? chunkVectors = null, CancellationToken cancellationToken = default)
    {
        Upserts++;
        return inner.UpsertStoryAsync(story, chunks, chunkVectors, cancellationToken);
    }

    public Task DeleteStoryAsync(string storyId, CancellationToken cancellationToken = default)
    {
        Deletes++;
        return inner.DeleteStoryAsync(storyId, cancellationToken);
    }

    public Task<IReadOnlyList<ChunkHit>> SearchAsync(IndexQuery query, CancellationToken cancellationToken = default) => inner.SearchAsync(query, cancellationToken);

    public Task<Story?> GetStoryAsync(string storyId, CancellationToken cancellationToken = default) => inner.GetStoryAsync(storyId, cancellationToken);

    public Task<IReadOnlyDictionary<string, Story>> GetStoriesAsync(IReadOnlyCollection<string> storyIds, CancellationToken cancellationToken = default) =>
        inner.GetStoriesAsync(storyIds, cancellationToken);

    public Task<IReadOnlyList<StoryListing>> ListStoriesAsync(CancellationToken cancellationToken = default) => inner.ListStoriesAsync(cancellationToken);

    public Task<TermStatistics> GetTermStatisticsAsync(IReadOnlyCollection<string> terms, CancellationToken cancellationToken = default) =>
        inner.GetTermStatisticsAsync(terms, cancellationToken);
}
