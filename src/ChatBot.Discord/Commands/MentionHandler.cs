using System.Text.Json;
using ChatBot.Core.Answering;
using ChatBot.Discord.Conversations;
using ChatBot.Discord.Feedback;
using ChatBot.Discord.Rendering;
using ChatBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Commands;

/// <summary>
/// Answers "@ChatBot question" in a channel, or any message in a DM, as a reply to that message, with feedback
/// buttons. A reply to one of the bot's answers, or a mention in a thread where it answered, is a follow-up: the
/// conversation's earlier questions and cited stories go into retrieval, and the answer says what it carried over.
/// </summary>
internal sealed class MentionHandler(
    IAnswerService answers,
    IDiscordRestClient rest,
    AbuseLimits limits,
    AnswerFeedback feedback,
    ConversationMemory conversations,
    KnownThreads threads,
    ILogger<MentionHandler> logger)
{
    public const string FollowingOn = "Following on from: ";
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
        var messageId = message.GetProperty("id").GetString()!;
        var reference = new MessageReference(messageId, channelId, message.TryGetProperty("guild_id", out var g) ? g.GetString() : null);
        var authorId = message.GetProperty("author").GetProperty("id").GetString()!;
        var scope = reference.GuildId ?? "dm:" + authorId;
        var key = ConversationKey(message, channelId, messageId);

        IReadOnlyList<RenderedMessage> messages;
        Answer? answer = null;
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
                (messages, answer) = await AnswerAsync(messageId, question, conversations.Find(key, channelId), cancellationToken);
            }
        }

        if (answer is not null)
        {
            feedback.Keep(messageId, QuestionKinds.Answer, answer);
        }

        var sent = await SendAsync(channelId, reference, messages, cancellationToken);
        if (answer is { Answered: true })
        {
            var cited = answer.Citations.Select(c => StoryLabel.For(c.Title, c.Outlet, c.Url, c.DisplayName)).Distinct(StringComparer.Ordinal).ToList();
            conversations.Record(key, channelId, new ConversationTurn(question, cited), sent);
        }
    }

    /// <summary>The first message as a reply to the question, the rest after it; returns the sent messages' ids.</summary>
    private async Task<List<string>> SendAsync(
        string channelId, MessageReference reference, IReadOnlyList<RenderedMessage> messages, CancellationToken cancellationToken)
    {
        var sent = new List<string> { await rest.CreateMessageAsync(channelId, messages[0].ToBody(reference: reference), cancellationToken) };
        foreach (var more in messages.Skip(1))
        {
            sent.Add(await rest.CreateMessageAsync(channelId, more.ToBody(), cancellationToken));
        }

        return sent;
    }

    /// <summary>A thread is one conversation; elsewhere a reply chain to the bot's answers is.</summary>
    private string ConversationKey(JsonElement message, string channelId, string messageId)
    {
        if (threads.IsThread(message))
        {
            return ConversationMemory.ThreadKey(channelId);
        }

        return message.TryGetProperty("message_reference", out var reference)
            && reference.TryGetProperty("message_id", out var repliedTo)
            && repliedTo.GetString() is { } repliedToId
            && conversations.KeyOfAnswer(repliedToId) is { } chain
                ? chain
                : ConversationMemory.ChainKey(messageId);
    }

    private async Task<(IReadOnlyList<RenderedMessage> Messages, Answer? Answer)> AnswerAsync(
        string messageId, string question, Conversation? earlier, CancellationToken cancellationToken)
    {
        try
        {
            var answer = await answers.AskAsync(earlier?.RetrievalQuestion(question) ?? question, null, cancellationToken);
            var rendered = AnswerRenderer.Render(answer, preface: earlier is null ? null : FollowingOn + earlier.Last.Question);
            return (rendered.Count > 0 ? AnswerFeedback.WithButtons(messageId, rendered) : [RenderedMessage.Text("(no answer)")], answer);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            CommandLog.MentionFailed(logger, e);
            return ([RenderedMessage.Text(Interactions.FailureReply.TextFor(e))], null);
        }
    }

    private static bool Mentions(JsonElement message, string botUserId) =>
        message.TryGetProperty("mentions", out var mentions) && mentions.ValueKind == JsonValueKind.Array
            && mentions.EnumerateArray().Any(m => m.TryGetProperty("id", out var id) && id.GetString() == botUserId);
}
