namespace ChatBot.Core.Ingestion.History;

/// <summary>Reads the change history the index keeps for each story.</summary>
public interface IStoryHistory
{
    /// <summary>The story's history; null when it is not indexed.</summary>
    Task<StoryHistory?> GetAsync(string storyId, CancellationToken cancellationToken = default);

    /// <summary>The histories of several stories, by id; unknown ids are left out.</summary>
    Task<IReadOnlyDictionary<string, StoryHistory>> GetManyAsync(IReadOnlyCollection<string> storyIds, CancellationToken cancellationToken = default);
}
