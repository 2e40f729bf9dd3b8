using System.Globalization;
using System.Text;

namespace ChatBot.Bench.Corpora;

/// <summary>
/// Writes Reuters stories as plain-text story files the product's folder source reads: the headline on line 1,
/// a "Published: …" line, then the body. The wire hard-wraps at 70 columns and starts paragraphs with an indent;
/// the lines of a paragraph are joined so the stories read like the other corpora (one paragraph per line).
/// </summary>
internal static class ReutersExporter
{
    /// <summary>Writes one file per story under <paramref name="output"/>/reut2-NNN/NEWID.txt; returns how many.</summary>
    public static int Export(IEnumerable<ReutersStory> stories, string output, int limit = int.MaxValue)
    {
        var written = 0;
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var story in stories.Take(limit))
        {
            var folder = Path.Combine(output, story.File);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, story.NewId.ToString(CultureInfo.InvariantCulture) + ".txt"), Render(story), utf8);
            written++;
        }

        return written;
    }

    public static string Render(ReutersStory story)
    {
        var text = new StringBuilder();
        if (story.Title.Length > 0) text.Append(story.Title).Append('\n');
        if (story.Date is { } date) text.Append("Published: ").Append(date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)).Append('\n');
        text.Append('\n');
        var paragraphs = Paragraphs(story.Body).ToList();
        if (story.Dateline.Length > 0 && paragraphs.Count > 0) paragraphs[0] = story.Dateline + " " + paragraphs[0];
        text.AppendJoin("\n\n", paragraphs).Append('\n');
        return text.ToString();
    }

    /// <summary>A line starting with spaces opens a paragraph; the wire's "Reuter" sign-off is dropped.</summary>
    private static IEnumerable<string> Paragraphs(string body)
    {
        var current = new StringBuilder();
        foreach (var line in body.Split('\n'))
        {
            var opensParagraph = line.StartsWith(' ') || line.StartsWith('\t') || line.Trim().Length == 0;
            if (opensParagraph && current.Length > 0)
            {
                yield return current.ToString();
                current.Clear();
            }

            var trimmed = line.Trim();
            if (trimmed.Length == 0) continue;
            if (current.Length > 0) current.Append(' ');
            current.Append(trimmed);
        }

        var last = current.ToString();
        if (last.Length > 0 && !last.Equals("Reuter", StringComparison.OrdinalIgnoreCase)) yield return last;
    }
}
