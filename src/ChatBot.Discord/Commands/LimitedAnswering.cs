using ChatBot.Core.Answering;
using ChatBot.Discord.Feedback;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Rendering;

namespace ChatBot.Discord.Commands;

/// <summary>
/// Answers a question-like interaction within the abuse limits, rendering the <see cref="Answer"/> with its
/// feedback buttons.
/// </summary>
internal sealed class LimitedAnswering(InteractionResponder responder, AbuseLimits limits, AnswerFeedback feedback)
{
    public async Task RespondAsync(
        Interaction interaction, AnswerPresentation presentation, Func<CancellationToken, Task<Answer>> answer, CancellationToken cancellationToken = default)
    {
        if (!limits.TryEnter(interaction.UserId, interaction.GuildId ?? "dm:" + interaction.UserId, out var permit, out var refusal))
        {
            await responder.RespondNowAsync(interaction, Reply.Text(refusal, ephemeral: true), cancellationToken);
            return;
        }

        using (permit)
        {
            await responder.RespondAsync(
                interaction,
                async token =>
                {
                    var produced = await answer(token);
                    feedback.Keep(interaction.Id, presentation.Kind, produced);
                    var rendered = AnswerRenderer.Render(produced, preface: presentation.Preface);
                    return new Reply(AnswerFeedback.WithButtons(interaction.Id, rendered), presentation.Private);
                },
                presentation.Private,
                cancellationToken);
        }
    }

    public Task RefuseAsync(Interaction interaction, string message, CancellationToken cancellationToken = default) =>
        responder.RespondNowAsync(interaction, Reply.Text(message, ephemeral: true), cancellationToken);
}
