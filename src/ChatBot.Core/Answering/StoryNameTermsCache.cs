using System.Collections.Concurrent;
using ChatBot.Core.Stories;

namespace ChatBot.Core.Answering;

/// <summary>
/// Each story's <see cref="StoryNameTerms"/>, read once per version of the story (by content hash, which covers
/// its text and title) rather than once per question that retrieves it.
/// </summary>
/// <remarks>
/// Cached in memory rather than stored at indexing: the set is as large as the story's vocabulary, so storing it
/// would add most of a story's size again to every story in the index, to serve only the few a question
/// retrieves; and the stories questions retrieve repeat (a news bot is asked about the recent ones).
/// </remarks>
public sealed class StoryNameTermsCache(int capacity = StoryNameTermsCache.DefaultCapacity)
{
    /// <summary>About a day's news for a busy feed set; a few tens of MB at most.</summary>
    public const int DefaultCapacity = 4096;

    private readonly ConcurrentDictionary<string, StoryNameTerms> _byContentHash = new(StringComparer.Ordinal);

    /// <summary>The name terms of <paramref name="story"/>, read now when this version of it was not seen before.</summary>
    public StoryNameTerms For(Story story)
    {
        if (_byContentHash.TryGetValue(story.ContentHash, out var known)) return known;
        // Full: start again rather than track recency; the next questions refill it with what they retrieve.
        if (_byContentHash.Count >= capacity) _byContentHash.Clear();
        return _byContentHash.GetOrAdd(story.ContentHash, _ => new StoryNameTerms(story));
    }
}
