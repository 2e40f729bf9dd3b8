using ChatBot.Core.Stories;

namespace ChatBot.Core.Answering;

/// <summary>How a story is named in prose: its outlet, else its title, else its id.</summary>
public static class SourceLabel
{
    /// <summary>The label for a story.</summary>
    public static string For(string storyId, StoryMetadata metadata) =>
        metadata.Outlet ?? metadata.Title ?? storyId;
}
