using ChatBot.Discord.Hosting;
using ChatBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Interactions;

/// <summary>
/// Answers an interaction within Discord's 3 s: with the answer itself (type 4) when it is ready within the
/// immediate window (1.5 s by default), else with a deferral (type 5) followed by an edit of the original
/// response. Extra messages go out as follow-ups. A failure becomes an apology, never silence.
/// </summary>
internal sealed class InteractionResponder(
    IDiscordRestClient rest, TimeProvider time, IOptions<DiscordOptions> options, ILogger<InteractionResponder> logger)
{
    /// <param name="ephemeral">Whether a deferral says the answer will be seen by the asker only (flags cannot change later).</param>
    public async Task RespondAsync(
        Interaction interaction, Func<CancellationToken, Task<Reply>> produce, bool ephemeral = false, CancellationToken cancellationToken = default)
    {
        var work = Task.Run(() => produce(cancellationToken), cancellationToken);
        var window = TimeSpan.FromMilliseconds(options.Value.ImmediateAnswerMilliseconds);
        using (var windowCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            var first = await Task.WhenAny(work, Task.Delay(window, time, windowCancellation.Token));
            await windowCancellation.CancelAsync();
            if (first == work)
            {
                var ready = await OrApologyAsync(interaction, work);
                await RespondNowAsync(interaction, ready, cancellationToken);
                return;
            }
        }

        InteractionLog.Deferred(logger, interaction.Id, options.Value.ImmediateAnswerMilliseconds);
        await DeferAsync(interaction, ephemeral, cancellationToken);
        var reply = await OrApologyAsync(interaction, work);
        await EditOriginalAsync(interaction, reply, cancellationToken);
    }

    /// <summary>Type 4 with the first message, follow-ups with the rest.</summary>
    public async Task RespondNowAsync(Interaction interaction, Reply reply, CancellationToken cancellationToken = default)
    {
        await rest.RespondToInteractionAsync(
            interaction.Id, interaction.Token, InteractionResponse.Message(Body(reply, 0)), cancellationToken);
        await FollowUpAsync(interaction, reply, cancellationToken);
    }

    public Task DeferAsync(Interaction interaction, bool ephemeral, CancellationToken cancellationToken = default) =>
        rest.RespondToInteractionAsync(interaction.Id, interaction.Token, InteractionResponse.Deferred(ephemeral), cancellationToken);

    /// <summary>Replaces the original (deferred) response with the first message; follow-ups carry the rest.</summary>
    public async Task EditOriginalAsync(Interaction interaction, Reply reply, CancellationToken cancellationToken = default)
    {
        // Flags cannot change once a response exists, so the edit carries the content only.
        var body = reply.Messages[0].ToBody();
        await rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, body, cancellationToken);
        await FollowUpAsync(interaction, reply, cancellationToken);
    }

    private async Task FollowUpAsync(Interaction interaction, Reply reply, CancellationToken cancellationToken)
    {
        for (var i = 1; i < reply.Messages.Count; i++)
        {
            await rest.CreateFollowupAsync(interaction.ApplicationId, interaction.Token, Body(reply, i), cancellationToken);
        }
    }

    private async Task<Reply> OrApologyAsync(Interaction interaction, Task<Reply> work)
    {
        try
        {
            return await work;
        }
        catch (Exception e)
        {
            InteractionLog.AnswerFailed(logger, e, interaction.Id, interaction.CommandName);
            return FailureReply.For(e);
        }
    }

    private static MessageBody Body(Reply reply, int index) =>
        reply.Messages[index].ToBody(reply.Ephemeral ? MessageFlags.Ephemeral : null);
}
