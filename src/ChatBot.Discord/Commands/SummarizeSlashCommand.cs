using ChatBot.Core.Answering;
using ChatBot.Discord.Feedback;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Rest;

namespace ChatBot.Discord.Commands;

/// <summary>/summarize [topic] [source] [since] [private]: what the stories say, then where they disagree.</summary>
internal sealed class SummarizeSlashCommand(IAnswerService answers, LimitedAnswering answering, AbuseLimits limits) : IBotCommand
{
    public ApplicationCommand Definition => new(
        "summarize",
        "Summarise the coverage, then show where the sources disagree",
        [
            new(ApplicationCommandOptionTypes.String, "topic", "What to summarise (everything when empty)", MaxLength: 200),
            .. StoryScope.Definitions,
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

        if (StoryScope.Read(interaction) is not { } scope)
        {
            await answering.RefuseAsync(interaction, SinceOption.Problem, cancellationToken);
            return;
        }

        var request = new SummaryRequest(topic?.Trim(), scope.Source, scope.Since);
        var presentation = new AnswerPresentation(QuestionKinds.Summary, Private: scope.Private);
        await answering.RespondAsync(interaction, presentation, token => answers.SummarizeAsync(request, token), cancellationToken);
    }
}
