using System.Globalization;

namespace ChatBot.Bench.Reporting;

/// <summary>Whole-process figures from the file <c>/usr/bin/time -v -o FILE</c> writes.</summary>
internal sealed record ProcessFigures(double WallSeconds, double PeakRssMb, int ExitStatus)
{
    public static ProcessFigures? Read(string path)
    {
        if (!File.Exists(path)) return null;
        double? wall = null, rss = null;
        var exit = 0;
        foreach (var line in File.ReadLines(path).Select(l => l.Trim()))
        {
            if (line.StartsWith("Elapsed (wall clock) time", StringComparison.Ordinal)) wall = ParseClock(line[(line.LastIndexOf(": ", StringComparison.Ordinal) + 2)..]);
            else if (line.StartsWith("Maximum resident set size (kbytes):", StringComparison.Ordinal)) rss = double.Parse(line.Split(':')[1], CultureInfo.InvariantCulture) / 1024;
            else if (line.StartsWith("Exit status:", StringComparison.Ordinal)) exit = int.Parse(line.Split(':')[1], CultureInfo.InvariantCulture);
        }

        return wall is null || rss is null ? null : new ProcessFigures(wall.Value, rss.Value, exit);
    }

    /// <summary>"m:ss.ss" or "h:mm:ss".</summary>
    private static double ParseClock(string clock)
    {
        var seconds = 0.0;
        foreach (var part in clock.Trim().Split(':'))
        {
            seconds = seconds * 60 + double.Parse(part, CultureInfo.InvariantCulture);
        }

        return seconds;
    }
}
