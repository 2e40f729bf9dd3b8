namespace ChatBot.Core.Ingestion.History;

/// <summary>When a story was first indexed, when its content last changed, and every version seen, oldest first.</summary>
public sealed record StoryHistory(string StoryId, DateTimeOffset FirstSeen, DateTimeOffset LastChanged, IReadOnlyList<StoryVersion> Versions)
{
    /// <summary>True when the story changed after it was first indexed.</summary>
    public bool WasUpdated => Versions.Count > 1 || LastChanged > FirstSeen;

    /// <summary>True when this story was updated after <paramref name="other"/> last changed, e.g. to say an outlet revised its report later.</summary>
    public bool UpdatedAfter(StoryHistory other) => WasUpdated && LastChanged > other.LastChanged;
}
