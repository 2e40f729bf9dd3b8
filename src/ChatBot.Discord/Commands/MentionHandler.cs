using System.Text.Json;
using ChatBot.Core.Answering;
using ChatBot.Discord.Rendering;
using ChatBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Commands;

/// <summary>Answers "@ChatBot question" in a channel, or any message in a DM, as a reply to that message.</summary>
internal sealed class MentionHandler(IAnswerService answers, IDiscordRestClient rest, AbuseLimits limits, ILogger<MentionHandler> logger)
{
    public const string Help = "Ask me about the news stories, e.g. \"@ChatBot What happened?\", or use /ask.";

    /// <summary>The question in a MESSAGE_CREATE meant for the bot, or null when the message is not for it. Pure.</summary>
    public static string? QuestionFrom(JsonElement message, string? botUserId)
    {
        var author = message.GetProperty("author");
        var authorId = author.GetProperty("id").GetString();
        if ((author.TryGetProperty("bot", out var bot) && bot.ValueKind == JsonValueKind.True) || authorId == botUserId)
        {
            return null;
        }

        var content = message.TryGetProperty("content", out var c) ? c.GetString() ?? "" : "";
        var inGuild = message.TryGetProperty("guild_id", out var g) && g.ValueKind == JsonValueKind.String;
        if (!inGuild)
        {
            return content.Trim();
        }

        if (botUserId is null || !Mentions(message, botUserId))
        {
            return null;
        }

        return content.Replace($"<@{botUserId}>", "", StringComparison.Ordinal)
            .Replace($"<@!{botUserId}>", "", StringComparison.Ordinal)
            .Trim();
    }

    public async Task HandleAsync(JsonElement message, string question, CancellationToken cancellationToken = default)
    {
        var channelId = message.GetProperty("channel_id").GetString()!;
        var reference = new MessageReference(
            message.GetProperty("id").GetString()!,
            channelId,
            message.TryGetProperty("guild_id", out var g) ? g.GetString() : null);
        var authorId = message.GetProperty("author").GetProperty("id").GetString()!;
        var scope = reference.GuildId ?? "dm:" + authorId;

        IReadOnlyList<RenderedMessage> messages;
        if ((question.Length == 0 ? Help : limits.CheckQuestion(question)) is { } problem)
        {
            messages = [RenderedMessage.Text(problem)];
        }
        else if (!limits.TryEnter(authorId, scope, out var permit, out var refusal))
        {
            messages = [RenderedMessage.Text(refusal)];
        }
        else
        {
            using (permit)
            {
                messages = await AnswerAsync(question, cancellationToken);
            }
        }

        await rest.CreateMessageAsync(channelId, messages[0].ToBody(reference: reference), cancellationToken);
        foreach (var more in messages.Skip(1))
        {
            await rest.CreateMessageAsync(channelId, more.ToBody(), cancellationToken);
        }
    }

    private async Task<IReadOnlyList<RenderedMessage>> AnswerAsync(string question, CancellationToken cancellationToken)
    {
        try
        {
            var answer = await answers.AskAsync(question, null, cancellationToken);
            var messages = AnswerRenderer.Render(answer);
            return messages.Count > 0 ? messages : [RenderedMessage.Text("(no answer)")];
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.MentionFailed(logger, e);
            return [RenderedMessage.Text(Interactions.FailureReply.TextFor(e))];
        }
    }

    private static bool Mentions(JsonElement message, string botUserId) =>
        message.TryGetProperty("mentions", out var mentions) && mentions.ValueKind == JsonValueKind.Array
            && mentions.EnumerateArray().Any(m => m.TryGetProperty("id", out var id) && id.GetString() == botUserId);
}
