using ChatBot.Core.Answering;
using ChatBot.Discord.Feedback;
using ChatBot.Discord.Hosting;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Rest;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Commands;

/// <summary>
/// "Check against sources", a message command (type 3) on any message: its text is taken as a claim and put to the
/// answer service, so the reply shows what the indexed stories say about it, with verified quotes and where they
/// disagree. The target's content arrives with the interaction even without the Message Content intent.
/// </summary>
internal sealed class CheckAgainstSourcesCommand(IAnswerService answers, LimitedAnswering answering, IOptions<DiscordOptions> options)
    : IBotCommand
{
    public const string Name = "Check against sources";
    public const string NoText = "That message has no text to check.";

    public ApplicationCommand Definition => new(
        Name, "", Options: null, DefaultMemberPermissions: null, CommandContexts.Anywhere, ApplicationCommand.Message);

    public async Task HandleAsync(Interaction interaction, CancellationToken cancellationToken = default)
    {
        var text = interaction.TargetMessage?.Content.Trim() ?? "";
        if (text.Length == 0)
        {
            await answering.RefuseAsync(interaction, NoText, cancellationToken);
            return;
        }

        // Someone else's message cannot be shortened by the person checking it, so a long one is cut, not refused.
        var claim = Shorten(text, options.Value.MaxQuestionLength);
        var presentation = new AnswerPresentation(QuestionKinds.Answer, Preface: $"Checking against the sources: \"{claim}\"");
        await answering.RespondAsync(interaction, presentation, token => answers.AskAsync(claim, null, token), cancellationToken);
    }

    private static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > max / 2 ? cut : max)];
    }
}
