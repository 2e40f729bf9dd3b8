namespace ChatBot.Core.Stories;

/// <summary>
/// A passage of a story: <c>story.Text[Start..End] == Text</c> always holds.
/// </summary>
public sealed record Chunk(string StoryId, int Ordinal, int Start, int End, string Text)
{
    /// <summary>Derived id: the same story and ordinal always give the same chunk id.</summary>
    public string Id => $"{StoryId}#{Ordinal}";
}
