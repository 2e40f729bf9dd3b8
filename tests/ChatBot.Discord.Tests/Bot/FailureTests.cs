using ChatBot.Core.Answering;
using ChatBot.Core.Answering.Llm;
using ChatBot.Core.Index;
using ChatBot.Discord.Rendering;
using ChatBot.Discord.Tests.Infrastructure;

namespace ChatBot.Discord.Tests.Bot;

public sealed class FailureTests
{
    [Fact]
    public async Task An_unavailable_index_is_named_in_the_slash_command_answer_and_the_mention_reply()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Answers.Failure = new IndexUnavailableException("Qdrant at http://127.0.0.1:6333 refused the connection.");

        var callback = await bot.InteractAsync(DiscordPayloads.Ask("1", "Who moved?"));
        await bot.Discord.Gateway.DispatchAsync(
            "MESSAGE_CREATE", DiscordPayloads.MentionMessage("334385199974967060", $"<@{DiscordPayloads.BotUserId}> Who moved?"));
        var reply = await bot.Discord.Requests.WaitForAsync(r => r.Path.EndsWith("/messages", StringComparison.Ordinal));

        Assert.Equal(IndexUnavailableException.UserMessage, callback.Json.GetProperty("data").GetProperty("content").GetString());
        Assert.Equal(IndexUnavailableException.UserMessage, reply.Json.GetProperty("content").GetString());
        Assert.DoesNotContain("Qdrant", callback.Body + reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_mention_reply_is_logged_naming_the_message_the_channel_and_discords_answer()
    {
        await using var bot = await BotHarness.StartAsync(arrange: d => d.RefuseChannelMessages = true);

        await bot.Discord.Gateway.DispatchAsync(
            "MESSAGE_CREATE", DiscordPayloads.MentionMessage("334385199974967061", $"<@{DiscordPayloads.BotUserId}> Who moved?"));
        var line = await bot.Logs.WaitForLineAsync(l => l.Contains("Replying to message", StringComparison.Ordinal));

        Assert.Contains($"Replying to message 334385199974967061 in channel {DiscordPayloads.ChannelId} (a mention or DM) failed", line, StringComparison.Ordinal);
        Assert.Contains("403", line, StringComparison.Ordinal);
        Assert.Contains("Missing Permissions", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Responding to interaction", bot.Logs.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unavailable_model_gives_the_extractive_answer_with_one_line_saying_so_on_the_first_screen()
    {
        var answer = Answers.Simple("Who moved?") with { Notices = [LlmAnswerOutcome.UnavailableNotice], Disagreements = [Answers.Disagreement()] };

        var messages = AnswerRenderer.Render(answer);

        Assert.Contains("-# The language model was unavailable; this answer is extractive.", messages[0].Content, StringComparison.Ordinal);
        Assert.Single(messages, m => m.Content.Contains("language model", StringComparison.Ordinal));
    }
}
