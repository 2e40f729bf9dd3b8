using System.Text.Json;
using ChatBot.Discord.Commands;
using ChatBot.Discord.Conversations;
using ChatBot.Discord.Gateway;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Interactions;

/// <summary>
/// Turns gateway dispatches into work: READY tells who the bot is; INTERACTION_CREATE and messages meant for
/// the bot start an answer on the <see cref="WorkTracker"/>, in a DI scope of its own (so the answer service may be
/// scoped). Events seen before (replays) are ignored.
/// </summary>
internal sealed class DiscordEventHandler(
    IServiceScopeFactory scopes,
    BotIdentity identity,
    KnownThreads threads,
    RecentIds recent,
    WorkTracker work,
    ILogger<DiscordEventHandler> logger) : IGatewayDispatchHandler
{
    public void OnDispatch(int shardId, string eventName, JsonElement data)
    {
        try
        {
            switch (eventName)
            {
                case "READY":
                    identity.UserId = data.GetProperty("user").GetProperty("id").GetString();
                    if (identity.ApplicationId is null && data.TryGetProperty("application", out var application))
                    {
                        identity.ApplicationId = application.GetProperty("id").GetString();
                    }

                    break;
                case "INTERACTION_CREATE":
                    OnInteraction(data);
                    break;
                case "MESSAGE_CREATE":
                    OnMessage(data);
                    break;
                case "GUILD_CREATE":
                    threads.OnGuildCreate(data);
                    break;
                case "THREAD_CREATE":
                    threads.OnThreadCreate(data);
                    break;
                case "THREAD_LIST_SYNC":
                    threads.OnThreadListSync(data);
                    break;
                case "THREAD_DELETE":
                    threads.OnThreadDelete(data);
                    break;
            }
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException or OverflowException)
        {
            InteractionLog.MalformedEvent(logger, e, eventName);
        }
    }

    private void OnInteraction(JsonElement data)
    {
        var interaction = Interaction.Parse(data, identity.ApplicationId);
        if (!recent.TryAdd("interaction:" + interaction.Id))
        {
            InteractionLog.Duplicate(logger, interaction.Id);
            return;
        }

        work.Run(async cancellationToken =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var router = scope.ServiceProvider.GetRequiredService<CommandRouter>();
                await router.HandleAsync(interaction, cancellationToken);
            }
            catch (Exception e)
            {
                InteractionLog.ResponseFailed(logger, e, interaction.Id);
            }
        });
    }

    private void OnMessage(JsonElement data)
    {
        if (MentionHandler.QuestionFrom(data, identity.UserId) is not { } question
            || !recent.TryAdd("message:" + data.GetProperty("id").GetString()))
        {
            return;
        }

        work.Run(async cancellationToken =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var mentions = scope.ServiceProvider.GetRequiredService<MentionHandler>();
                await mentions.HandleAsync(data, question, cancellationToken);
            }
            catch (Exception e)
            {
                InteractionLog.ReplyFailed(logger, e, data.GetProperty("id").GetString() ?? "?", data.GetProperty("channel_id").GetString() ?? "?", e.Message);
            }
        });
    }
}
