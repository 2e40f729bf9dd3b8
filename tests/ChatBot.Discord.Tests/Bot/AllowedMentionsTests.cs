using ChatBot.Discord.Rendering;
using ChatBot.Discord.Tests.Infrastructure;

namespace ChatBot.Discord.Tests.Bot;

public sealed class AllowedMentionsTests
{
    [Fact]
    public async Task Every_message_the_bot_sends_says_allowed_mentions_parse_empty()
    {
        await using var bot = await BotHarness.StartAsync(s =>
        {
            s["ChatBot:Discord:ImmediateAnswerMilliseconds"] = "100";
            s["ChatBot:Discord:MaxQuestionLength"] = "300";
        });
        bot.Answers.Answer = q => q.StartsWith("long", StringComparison.Ordinal)
            ? Answers.Simple(q) with { Text = string.Join(" ", Enumerable.Repeat("A claim about @everyone in the story. [1]", 120)) }
            : Answers.Simple(q);

        await bot.InteractAsync(DiscordPayloads.Ask("1", "short?"));
        await bot.InteractAsync(DiscordPayloads.Ask("2", "long?"));
        await bot.InteractAsync(DiscordPayloads.Ask("3", new string('x', 301)));
        await bot.InteractAsync(DiscordPayloads.Interaction("4", "t4", "reindex"));
        await bot.InteractAsync(DiscordPayloads.Interaction("5", "t5", "sources"));
        await bot.InteractAsync(DiscordPayloads.Interaction("6", "t6", "nonexistent"));
        bot.Answers.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await bot.InteractAsync(DiscordPayloads.Ask("7", "long and slow?"));
        bot.Answers.Gate.SetResult();
        await bot.Discord.Requests.WaitForAsync(r => r.Method == "PATCH");
        await bot.Discord.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordPayloads.MentionMessage("8", $"<@{DiscordPayloads.BotUserId}> long mention?"));
        await bot.InteractAsync(DiscordPayloads.Ask("9", "sentinel?"));

        // Follow-ups (and a mention's later messages) go out after the callback or edit awaited above, beside
        // everything else: wait for every message of each long answer, or the snapshot could miss some.
        int MessagesOf(string question) => AnswerRenderer.Render(bot.Answers.Answer(question)).Count;
        await bot.Discord.Requests.WaitForCountAsync(r => r.Method == "POST" && r.Path.EndsWith("/token-2", StringComparison.Ordinal), MessagesOf("long?") - 1, what: "follow-ups of 2");
        await bot.Discord.Requests.WaitForCountAsync(r => r.Method == "POST" && r.Path.EndsWith("/token-7", StringComparison.Ordinal), MessagesOf("long and slow?") - 1, what: "follow-ups of 7");
        await bot.Discord.Requests.WaitForCountAsync(r => r.Path.EndsWith("/messages", StringComparison.Ordinal), MessagesOf("long mention?"), what: "the mention's messages");

        var messages = bot.Discord.MessageBodies();
        Assert.True(messages.Count >= 12, $"{messages.Count} messages");
        Assert.All(messages, m => Assert.Equal("""{"parse":[]}""", m.Message.GetProperty("allowed_mentions").GetRawText()));
        Assert.All(messages, m => Assert.DoesNotContain("@everyone", m.Message.GetProperty("content").GetString(), StringComparison.Ordinal));
        Assert.All(messages, m => Assert.True(m.Message.GetProperty("content").GetString()!.Length <= 2000));
    }
}
