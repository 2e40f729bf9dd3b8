using ChatBot.Core.Index;
using ChatBot.Core.Stories;

namespace ChatBot.Core.Answering;

/// <summary>Loads the stored stories that quotes are verified against.</summary>
public static class StoryLoader
{
    /// <summary>The stories with the given ids that the index still holds, by id.</summary>
    public static async Task<Dictionary<string, Story>> LoadAsync(IStoryIndex index, IEnumerable<string> storyIds, CancellationToken cancellationToken = default)
    {
        var stories = new Dictionary<string, Story>(StringComparer.Ordinal);
        foreach (var id in storyIds.Distinct(StringComparer.Ordinal))
        {
            if (await index.GetStoryAsync(id, cancellationToken) is { } story) stories[id] = story;
        }

        return stories;
    }
}
