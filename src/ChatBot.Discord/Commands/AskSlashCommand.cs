using ChatBot.Core.Answering;
using ChatBot.Discord.Feedback;
using ChatBot.Discord.Hosting;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Rest;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Commands;

/// <summary>/ask question [source] [since] [private]: an answer with cited quotes.</summary>
internal sealed class AskSlashCommand(IAnswerService answers, LimitedAnswering answering, AbuseLimits limits, IOptions<DiscordOptions> options)
    : IBotCommand
{
    public ApplicationCommand Definition => new(
        "ask",
        "Ask a question about the news stories; the answer quotes its sources",
        [
            new(ApplicationCommandOptionTypes.String, "question", "What you want to know", Required: true, MinLength: 1,
                MaxLength: options.Value.MaxQuestionLength),
            .. StoryScope.Definitions,
        ],
        DefaultMemberPermissions: null,
        CommandContexts.Anywhere);

    public async Task HandleAsync(Interaction interaction, CancellationToken cancellationToken = default)
    {
        var question = interaction.StringOption("question");
        if (limits.CheckQuestion(question) is { } problem)
        {
            await answering.RefuseAsync(interaction, problem, cancellationToken);
            return;
        }

        if (StoryScope.Read(interaction) is not { } scope)
        {
            await answering.RefuseAsync(interaction, SinceOption.Problem, cancellationToken);
            return;
        }

        var presentation = new AnswerPresentation(QuestionKinds.Answer, Private: scope.Private);
        await answering.RespondAsync(interaction, presentation, token => answers.AskAsync(question!.Trim(), scope.ToAskOptions(), token), cancellationToken);
    }
}
