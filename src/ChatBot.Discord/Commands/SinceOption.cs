using System.Globalization;

namespace ChatBot.Discord.Commands;

/// <summary>The <c>since</c> option of /ask and /summarize: a date like 2024-05-01, the start of that day in UTC.</summary>
internal static class SinceOption
{
    public const string Name = "since";
    public const string Problem = "Please give `since` as a date like 2024-05-01.";

    public static Rest.ApplicationCommandOption Definition { get; } = new(
        Rest.ApplicationCommandOptionTypes.String, Name, "Only stories published on or after this date, e.g. 2024-05-01", MaxLength: 10);

    /// <summary>False when the text is not a date; <paramref name="since"/> is null when no date was given.</summary>
    public static bool TryParse(string? text, out DateTimeOffset? since)
    {
        since = null;
        if (text is not { Length: > 0 } || text.Trim().Length == 0)
        {
            return true;
        }

        if (!DateTimeOffset.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            return false;
        }

        since = date;
        return true;
    }
}
