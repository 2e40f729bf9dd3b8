using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatBot.Discord.Digests;

/// <summary>When a digest is due: every day at a UTC time, or at a fixed interval after the previous one.</summary>
internal sealed partial record DigestSchedule(TimeSpan? DailyAt, TimeSpan? Interval)
{
    public static bool TryParse(string? text, [NotNullWhen(true)] out DigestSchedule? schedule)
    {
        schedule = null;
        var match = Grammar().Match(text?.Trim() ?? "");
        if (!match.Success)
        {
            return false;
        }

        if (match.Groups["hour"].Success)
        {
            var at = new TimeSpan(int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture), 0);
            schedule = at < TimeSpan.FromDays(1) ? new DigestSchedule(at, null) : null;
            return schedule is not null;
        }

        var count = int.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture);
        var interval = match.Groups["unit"].Value switch
        {
            "m" => TimeSpan.FromMinutes(count),
            "h" => TimeSpan.FromHours(count),
            _ => TimeSpan.FromDays(count),
        };
        schedule = interval > TimeSpan.Zero ? new DigestSchedule(null, interval) : null;
        return schedule is not null;
    }

    /// <summary>The first due time strictly after <paramref name="previous"/>.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset previous)
    {
        if (Interval is { } interval)
        {
            return previous + interval;
        }

        var utc = previous.ToUniversalTime();
        var today = new DateTimeOffset(utc.Date, TimeSpan.Zero) + DailyAt!.Value;
        return today > utc ? today : today.AddDays(1);
    }

    [GeneratedRegex(@"^(?:daily\s+(?<hour>[0-9]{1,2}):(?<minute>[0-5][0-9])|every\s+(?<count>[0-9]{1,4})\s*(?<unit>m|h|d))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Grammar();
}
