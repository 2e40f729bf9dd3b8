using System.Globalization;
using ChatBot.Core.Answering;
using ChatBot.Discord.Feedback;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Rest;

namespace ChatBot.Discord.Commands;

/// <summary>/summarize [topic] [source] [since]: what the stories say, then where they disagree.</summary>
internal sealed class SummarizeSlashCommand(IAnswerService answers, LimitedAnswering answering, AbuseLimits limits) : IBotCommand
{
    public ApplicationCommand Definition => new(
        "summarize",
        "Summarise the coverage, then show where the sources disagree",
        [
            new(ApplicationCommandOptionTypes.String, "topic", "What to summarise (everything when empty)", MaxLength: 200),
            new(ApplicationCommandOptionTypes.String, "source", "Only this story id or outlet", MaxLength: 200),
            new(ApplicationCommandOptionTypes.String, "since", "Only stories published on or after this date, e.g. 2024-05-01", MaxLength: 10),
        ],
        DefaultMemberPermissions: null,
        CommandContexts.Anywhere);

    public async Task HandleAsync(Interaction interaction, CancellationToken cancellationToken = default)
    {
        var topic = interaction.StringOption("topic");
        if (topic is { Length: > 0 } && limits.CheckQuestion(topic) is { } problem)
        {
            await answering.RefuseAsync(interaction, problem, cancellationToken);
            return;
        }

        DateTimeOffset? since = null;
        if (interaction.StringOption("since") is { Length: > 0 } text)
        {
            if (!DateTimeOffset.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            {
                await answering.RefuseAsync(interaction, "Please give `since` as a date like 2024-05-01.", cancellationToken);
                return;
            }

            since = date;
        }

        var request = new SummaryRequest(topic?.Trim(), interaction.StringOption("source")?.Trim(), since);
        await answering.RespondAsync(interaction, new AnswerPresentation(QuestionKinds.Summary), token => answers.SummarizeAsync(request, token), cancellationToken);
    }
}
