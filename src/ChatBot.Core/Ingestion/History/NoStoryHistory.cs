namespace ChatBot.Core.Ingestion.History;

/// <summary>For an index that keeps no change history (Qdrant): every story's history is unknown.</summary>
public sealed class NoStoryHistory : IStoryHistory
{
    /// <summary>The one instance: it holds nothing.</summary>
    public static NoStoryHistory Instance { get; } = new();

    private NoStoryHistory()
    {
    }

    /// <inheritdoc />
    public Task<StoryHistory?> GetAsync(string storyId, CancellationToken cancellationToken = default) => Task.FromResult<StoryHistory?>(null);

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, StoryHistory>> GetManyAsync(IReadOnlyCollection<string> storyIds, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, StoryHistory>>(new Dictionary<string, StoryHistory>());
}
