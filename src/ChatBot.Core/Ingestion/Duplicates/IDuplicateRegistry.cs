namespace ChatBot.Core.Ingestion.Duplicates;

/// <summary>
/// Knows which indexed stories are copies of one another (syndication, the same wire story under two URLs).
/// Disagreement checks ask <see cref="AreCopiesAsync"/> so a story is never set against its own copy;
/// summaries ask <see cref="CountAsync"/> to say "3 reports, 2 independent".
/// </summary>
public interface IDuplicateRegistry
{
    /// <summary>The story this one copies (itself when it is an original or unknown).</summary>
    Task<string> OriginOfAsync(string storyId, CancellationToken cancellationToken = default);

    /// <summary>True when the two stories are the same text: one copies the other, or both copy a third.</summary>
    Task<bool> AreCopiesAsync(string storyId, string otherStoryId, CancellationToken cancellationToken = default);

    /// <summary>Counts the given stories and their independent origins.</summary>
    Task<ReportCount> CountAsync(IEnumerable<string> storyIds, CancellationToken cancellationToken = default);

    /// <summary>Brings the registry in line with the index; the worker calls it after every run that changed something.</summary>
    Task RefreshAsync(CancellationToken cancellationToken = default);
}
