using System.Diagnostics.CodeAnalysis;
using ChatBot.Discord.Rest;

namespace ChatBot.Discord.Feedback;

/// <summary>
/// The row of feedback buttons under an answer. Each button's custom_id carries the vote and the answer's id
/// ("feedback:wrong-quote:1234…"), so a click needs no state beyond the stored answer.
/// </summary>
internal static class FeedbackButtons
{
    private const string Prefix = "feedback:";

    public static ActionRow Row(string answerId) => ComponentLimits.Checked(
        [new ActionRow([.. FeedbackVotes.All.Select(v => new Button(ComponentTypes.SecondaryStyle, v.Label, $"{Prefix}{v.Vote}:{answerId}"))])])[0];

    public static bool TryParse(string? customId, [NotNullWhen(true)] out string? vote, [NotNullWhen(true)] out string? answerId)
    {
        vote = answerId = null;
        if (customId is null || !customId.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = customId[Prefix.Length..].Split(':');
        if (parts is not [var v, var id] || FeedbackVotes.LabelOf(v) is null || id.Length == 0)
        {
            return false;
        }

        (vote, answerId) = (v, id);
        return true;
    }
}
