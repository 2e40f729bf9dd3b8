namespace ChatBot.Discord.Rendering;

/// <summary>
/// What a story is called in a Discord answer when it has no title: its outlet, else the site it came from, else
/// the fallback given: for a citation, Core's display name (the story's first line, else its source's name),
/// for a listed story the name of the configured source it was read from.
/// Never the story id, which for a folder source is a file name such as <c>002_e4c26bd9cbecf148.txt</c> that
/// tells a reader nothing.
/// </summary>
internal static class StoryLabel
{
    public const string Untitled = "Untitled story";

    public static string For(string? title, string? outlet, string? url, string? sourceName = null)
    {
        if (title is { Length: > 0 } && title.Trim().Length > 0)
        {
            return title;
        }

        if (outlet is { Length: > 0 } && outlet.Trim().Length > 0)
        {
            return outlet;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0
            ? (uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host)
            : sourceName is { Length: > 0 } ? sourceName : Untitled;
    }
}
