using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Bench.Corpora;

/// <summary>
/// Reads the Reuters-21578 SGML files (reut2-*.sgm). Only the elements a story needs are read: DATE, TITLE,
/// DATELINE and BODY inside TEXT. Stories without a BODY (brief items, TYPE="UNPROC") are skipped, as the
/// collection's README counts them: 19,043 of 21,578 have one.
/// </summary>
/// <remarks>
/// The files are not valid UTF-8 throughout (a few stray high bytes), and the collection predates UTF-8, so they
/// are read as Latin-1. This lives in the bench, not in the product: the product reads folders of stories.
/// </remarks>
internal static partial class ReutersSgmlReader
{
    public static IEnumerable<ReutersStory> ReadFolder(string folder) =>
        Directory.EnumerateFiles(folder, "reut2-*.sgm").Order(StringComparer.Ordinal).SelectMany(ReadFile);

    public static IEnumerable<ReutersStory> ReadFile(string path)
    {
        var content = File.ReadAllText(path, Encoding.Latin1);
        var file = Path.GetFileNameWithoutExtension(path);
        foreach (Match story in StoryElement().Matches(content))
        {
            var body = Element(story.Value, "BODY");
            if (body is null) continue;
            yield return new ReutersStory(
                int.Parse(story.Groups["newid"].Value, CultureInfo.InvariantCulture),
                file,
                ParseDate(Element(story.Value, "DATE")),
                Clean(Element(story.Value, "TITLE") ?? ""),
                Clean(Element(story.Value, "DATELINE") ?? ""),
                Clean(body));
        }
    }

    private static string? Element(string story, string name)
    {
        var open = story.IndexOf("<" + name + ">", StringComparison.Ordinal);
        if (open < 0) return null;
        var start = open + name.Length + 2;
        var close = story.IndexOf("</" + name + ">", start, StringComparison.Ordinal);
        return close < 0 ? null : story[start..close];
    }

    /// <summary>Decodes entities and drops the wire's control characters (&amp;#2; &amp;#3; and the like).</summary>
    private static string Clean(string raw)
    {
        var decoded = WebUtility.HtmlDecode(raw);
        var text = new StringBuilder(decoded.Length);
        foreach (var c in decoded)
        {
            if (c == '\n' || !char.IsControl(c)) text.Append(c);
        }

        return text.ToString().Trim();
    }

    /// <summary>"26-FEB-1987 15:01:01.79" (a few have stray characters after the time).</summary>
    private static DateTimeOffset? ParseDate(string? raw)
    {
        if (raw is null) return null;
        var match = DateValue().Match(raw);
        return match.Success && DateTimeOffset.TryParseExact(match.Value, "d-MMM-yyyy HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;
    }

    [GeneratedRegex("""<REUTERS[^>]*NEWID="(?<newid>\d+)"[^>]*>.*?</REUTERS>""", RegexOptions.Singleline)]
    private static partial Regex StoryElement();

    [GeneratedRegex(@"\d{1,2}-[A-Z]{3}-\d{4} \d{2}:\d{2}:\d{2}")]
    private static partial Regex DateValue();
}
