using ChatBot.Discord.Feedback;
using ChatBot.Discord.Interactions;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Commands;

/// <summary>
/// A click on a feedback button: stores the vote (a second click by the same user changes it) and acknowledges
/// it with an ephemeral message only the voter sees; the answer itself and the channel stay as they were.
/// </summary>
internal sealed class FeedbackButtonHandler(
    IFeedbackStore store, FeedbackAnswerWriter writer, InteractionResponder responder, TimeProvider time, ILogger<FeedbackButtonHandler> logger)
{
    public const string UnknownButton = "That button is not one of mine any more.";
    public const string ForgottenAnswer = "I no longer keep that answer, so the vote was not recorded.";

    public async Task HandleAsync(Interaction interaction, CancellationToken cancellationToken = default)
    {
        string text;
        if (!FeedbackButtons.TryParse(interaction.CustomId, out var vote, out var answerId))
        {
            text = UnknownButton;
        }
        else
        {
            await writer.WhenKeptAsync(answerId, cancellationToken);
            var outcome = await store.VoteAsync(answerId, interaction.UserId, vote, time.GetUtcNow(), cancellationToken);
            FeedbackLog.Voted(logger, answerId, vote, outcome);
            var label = FeedbackVotes.LabelOf(vote);
            text = outcome switch
            {
                VoteOutcome.Recorded => $"Thanks: your vote \"{label}\" is recorded.",
                VoteOutcome.Changed => $"Thanks: your vote is now \"{label}\".",
                VoteOutcome.Unchanged => $"Your vote \"{label}\" was already recorded.",
                _ => ForgottenAnswer,
            };
        }

        await responder.RespondNowAsync(interaction, Reply.Text(text, ephemeral: true), cancellationToken);
    }
}
