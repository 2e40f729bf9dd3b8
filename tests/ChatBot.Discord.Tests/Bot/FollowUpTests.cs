using System.Text.Json.Nodes;
using ChatBot.Discord.Conversations;
using ChatBot.Discord.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Discord.Tests.Bot;

public sealed class FollowUpTests
{
    private const string ThreadId = "1019993040813273088";

    [Fact]
    public async Task A_reply_in_a_thread_to_the_bots_answer_is_answered_there_with_the_earlier_question_in_its_retrieval()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.Discord.Gateway.DispatchAsync("THREAD_CREATE", new JsonObject
        {
            ["id"] = ThreadId,
            ["guild_id"] = DiscordPayloads.GuildId,
            ["parent_id"] = DiscordPayloads.ChannelId,
            ["type"] = 11,
            ["name"] = "reassignments",
            ["newly_created"] = true,
        });
        var first = DiscordPayloads.MentionMessage("334385199974967080", $"<@{DiscordPayloads.BotUserId}> How many engineers were reassigned?");
        first["channel_id"] = ThreadId;
        await bot.Discord.Gateway.DispatchAsync("MESSAGE_CREATE", first);
        var answer = await bot.Discord.CreatedMessages.WaitForAsync(m => m.ChannelId == ThreadId, what: "the first answer");
        await RememberedAsync(bot, answer.MessageId);

        var sent = bot.Discord.Time.GetUtcNow();
        await bot.Discord.Gateway.DispatchAsync(
            "MESSAGE_CREATE", DiscordPayloads.ReplyToBot("334385199974967081", "And what did the company say about it?", answer.MessageId, ThreadId));
        var followUps = await bot.Discord.Requests.WaitForCountAsync(r => r.Path == $"/api/v10/channels/{ThreadId}/messages", 2, what: "two answers");
        await bot.InteractAsync(DiscordPayloads.Ask("3", "sentinel"));

        var questions = bot.Answers.Questions.Snapshot();
        Assert.Equal("How many engineers were reassigned?", questions[0]);
        Assert.StartsWith("And what did the company say about it?", questions[1], StringComparison.Ordinal);
        Assert.Contains("How many engineers were reassigned?", questions[1], StringComparison.Ordinal);
        Assert.Contains("Story 1", questions[1], StringComparison.Ordinal); // The story the first answer cited.
        var reply = followUps[1];
        Assert.True(reply.At - sent < TimeSpan.FromSeconds(3));
        Assert.StartsWith("-# Following on from: How many engineers were reassigned?", reply.Json.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal("334385199974967081", reply.Json.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.Equal(2, bot.Discord.Requests.Snapshot().Count(r => r.Path.EndsWith("/messages", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_reply_chain_outside_threads_continues_and_another_channel_starts_afresh()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.Discord.Gateway.DispatchAsync(
            "MESSAGE_CREATE", DiscordPayloads.MentionMessage("334385199974967090", $"<@{DiscordPayloads.BotUserId}> Who signed the petition?"));
        var answer = await bot.Discord.CreatedMessages.WaitForAsync(_ => true);
        await RememberedAsync(bot, answer.MessageId);

        await bot.Discord.Gateway.DispatchAsync(
            "MESSAGE_CREATE", DiscordPayloads.ReplyToBot("334385199974967091", "How many of them?", answer.MessageId));
        var elsewhere = DiscordPayloads.MentionMessage("334385199974967092", $"<@{DiscordPayloads.BotUserId}> How many of them?");
        elsewhere["channel_id"] = "645027906669510999";
        await bot.Discord.Gateway.DispatchAsync("MESSAGE_CREATE", elsewhere);
        var plainMention = DiscordPayloads.MentionMessage("334385199974967093", $"<@{DiscordPayloads.BotUserId}> And the layoffs?");
        await bot.Discord.Gateway.DispatchAsync("MESSAGE_CREATE", plainMention);
        await bot.Discord.CreatedMessages.WaitForCountAsync(_ => true, 4);

        var questions = bot.Answers.Questions.Snapshot();
        Assert.Contains(questions, q => q.StartsWith("How many of them?", StringComparison.Ordinal) && q.Contains("Who signed the petition?", StringComparison.Ordinal));
        Assert.Contains("How many of them?", questions); // The other channel: nothing carried over.
        Assert.Contains("And the layoffs?", questions); // Not a reply and not in a thread: a new conversation.
    }

    /// <summary>The bot records a turn once its answer is sent; a person's reply cannot come sooner, a test's can.</summary>
    private static async Task RememberedAsync(BotHarness bot, string answerMessageId)
    {
        var memory = bot.Host.Services.GetRequiredService<ConversationMemory>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        while (memory.KeyOfAnswer(answerMessageId) is null)
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
