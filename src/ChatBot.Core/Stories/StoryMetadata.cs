namespace ChatBot.Core.Stories;

/// <summary>
/// What a story says about itself. Every field is optional: a value the source does not state stays null,
/// it is never guessed.
/// </summary>
public sealed record StoryMetadata(
    string? Title = null,
    string? Outlet = null,
    string? Url = null,
    DateTimeOffset? Published = null,
    string? Author = null)
{
    /// <summary>Metadata with nothing known.</summary>
    public static StoryMetadata Empty { get; } = new();

    /// <summary>Fills the fields this record lacks from <paramref name="fallback"/>; fields already set win.</summary>
    public StoryMetadata Or(StoryMetadata fallback) => new(
        Title ?? fallback.Title,
        Outlet ?? fallback.Outlet,
        Url ?? fallback.Url,
        Published ?? fallback.Published,
        Author ?? fallback.Author);
}
