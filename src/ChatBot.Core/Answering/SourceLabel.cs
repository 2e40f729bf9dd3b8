using System.Text;
using ChatBot.Core.Stories;

namespace ChatBot.Core.Answering;

/// <summary>
/// How a story is named in prose: its outlet, else its title, else its first line (shortened at a word end),
/// else the name of the configured source it came from; its id only when it has no text either. Never the
/// id of a story that says anything: for a folder source the id is a file name such as
/// <c>002_e4c26bd9cbecf148.txt</c>, which tells a reader nothing.
/// </summary>
public static class SourceLabel
{
    /// <summary>A first line used as a label is shortened to at most this many characters.</summary>
    public const int MaxLineLength = 60;

    /// <summary>The label for a story.</summary>
    public static string For(Story story) =>
        NonBlank(story.Metadata.Outlet) ?? NonBlank(story.Metadata.Title) ?? FirstLine(story.Text) ?? NonBlank(story.Source) ?? story.Id;

    /// <summary>
    /// The first line of <paramref name="text"/> that has a letter or digit, its white space collapsed and
    /// control characters dropped, cut at the last word end within <see cref="MaxLineLength"/> with an
    /// ellipsis; null when no line has one.
    /// </summary>
    public static string? FirstLine(string? text)
    {
        foreach (var raw in (text ?? "").Split('\n'))
        {
            var line = Clean(raw);
            if (!line.Any(char.IsLetterOrDigit)) continue;
            return line.Length <= MaxLineLength ? line : Shorten(line);
        }

        return null;
    }

    private static string Shorten(string line)
    {
        // Room for the ellipsis; a word longer than half the room is cut inside, not dropped whole.
        var room = MaxLineLength - 1;
        var cut = line.LastIndexOf(' ', room);
        var kept = line[..(cut >= room / 2 ? cut : room)].TrimEnd(' ', ',', ';', ':', '-', '—', '–');
        return kept + "…";
    }

    /// <summary>The line with runs of white space as one space and control or format characters removed.</summary>
    private static string Clean(string line)
    {
        var text = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                if (text.Length > 0 && text[^1] != ' ') text.Append(' ');
            }
            else if (!char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)
            {
                text.Append(c);
            }
        }

        return text.ToString().TrimEnd();
    }

    private static string? NonBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
