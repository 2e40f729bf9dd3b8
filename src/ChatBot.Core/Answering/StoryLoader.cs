using ChatBot.Core.Index;
using ChatBot.Core.Stories;

namespace ChatBot.Core.Answering;

/// <summary>Loads the stored stories that quotes are verified against.</summary>
public static class StoryLoader
{
    /// <summary>The stories with the given ids that the index still holds, by id, read in one request.</summary>
    public static async Task<Dictionary<string, Story>> LoadAsync(IStoryIndex index, IEnumerable<string> storyIds, CancellationToken cancellationToken = default)
    {
        var ids = storyIds.Distinct(StringComparer.Ordinal).ToList();
        var found = await index.GetStoriesAsync(ids, cancellationToken);
        // In the order asked (retrieval rank), whatever order the index returned them in.
        var stories = new Dictionary<string, Story>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (found.TryGetValue(id, out var story)) stories[id] = story;
        }

        return stories;
    }
}
