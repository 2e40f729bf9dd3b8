using ChatBot.Discord.Tests.Infrastructure;

namespace ChatBot.Discord.Tests.Bot;

public sealed class MentionTests
{
    [Fact]
    public async Task A_mention_is_answered_once_within_3_s_with_no_privileged_intent_and_a_plain_message_is_ignored()
    {
        await using var bot = await BotHarness.StartAsync();
        var identify = await bot.Discord.Gateway.Frames.WaitForAsync(f => f.Op == 2);
        var plain = DiscordPayloads.MentionMessage("334385199974967040", "");
        plain["mentions"] = new System.Text.Json.Nodes.JsonArray(); // Without the intent Discord sends no content, no mention.

        await bot.Discord.Gateway.DispatchAsync("MESSAGE_CREATE", plain);
        var sent = bot.Discord.Time.GetUtcNow();
        await bot.Discord.Gateway.DispatchAsync(
            "MESSAGE_CREATE", DiscordPayloads.MentionMessage("334385199974967041", $"<@{DiscordPayloads.BotUserId}> Who moved?"));
        var reply = await bot.Discord.Requests.WaitForAsync(r => r.Path.EndsWith("/messages", StringComparison.Ordinal));
        await bot.InteractAsync(DiscordPayloads.Ask("3", "sentinel")); // Events are handled in order; after this, all were seen.

        Assert.Equal(0, identify.D.GetProperty("intents").GetInt32() & (1 << 15));
        Assert.True(reply.At - sent < TimeSpan.FromSeconds(3), $"replied after {reply.At - sent}");
        Assert.Equal("334385199974967041", reply.Json.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.Single(bot.Discord.Requests.Snapshot(), r => r.Path.EndsWith("/messages", StringComparison.Ordinal));
        Assert.Equal(["Who moved?", "sentinel"], bot.Answers.Questions.Snapshot());
    }

    [Fact]
    public async Task A_mention_in_a_channel_is_answered_as_a_reply()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.Discord.Gateway.Frames.WaitForAsync(f => f.Op == 2);

        await bot.Discord.Gateway.DispatchAsync(
            "MESSAGE_CREATE", DiscordPayloads.MentionMessage("334385199974967042", $"<@{DiscordPayloads.BotUserId}> Who moved?"));
        var reply = await bot.Discord.Requests.WaitForAsync(r => r.Path.EndsWith("/messages", StringComparison.Ordinal));

        Assert.Equal($"/api/v10/channels/{DiscordPayloads.ChannelId}/messages", reply.Path);
        Assert.Equal("Who moved?", Assert.Single(bot.Answers.Questions.Snapshot()));
        var reference = reply.Json.GetProperty("message_reference");
        Assert.Equal("334385199974967042", reference.GetProperty("message_id").GetString());
        Assert.Equal("""{"parse":[]}""", reply.Json.GetProperty("allowed_mentions").GetRawText());
    }

    [Fact]
    public async Task A_direct_message_is_answered_without_a_mention()
    {
        await using var bot = await BotHarness.StartAsync();
        await bot.Discord.Gateway.Frames.WaitForAsync(f => f.Op == 2);

        var message = DiscordPayloads.MentionMessage("334385199974967043", "What happened?", inGuild: false);
        message["mentions"] = new System.Text.Json.Nodes.JsonArray();
        await bot.Discord.Gateway.DispatchAsync("MESSAGE_CREATE", message);
        var reply = await bot.Discord.Requests.WaitForAsync(r => r.Path.EndsWith("/messages", StringComparison.Ordinal));

        await bot.InteractAsync(DiscordPayloads.Ask("4", "sentinel"));

        Assert.Equal(["What happened?", "sentinel"], bot.Answers.Questions.Snapshot());
        Assert.Single(bot.Discord.Requests.Snapshot(), r => r.Path.EndsWith("/messages", StringComparison.Ordinal));
        Assert.False(reply.Json.GetProperty("message_reference").TryGetProperty("guild_id", out _));
    }

    [Fact]
    public async Task Channel_messages_that_do_not_mention_the_bot_and_messages_from_bots_are_ignored()
    {
        await using var bot = await BotHarness.StartAsync();
        var plain = DiscordPayloads.MentionMessage("1", "just chatting");
        plain["mentions"] = new System.Text.Json.Nodes.JsonArray();
        var fromBot = DiscordPayloads.MentionMessage("2", $"<@{DiscordPayloads.BotUserId}> hi");
        fromBot["author"]!["bot"] = true;

        await bot.Discord.Gateway.DispatchAsync("MESSAGE_CREATE", plain);
        await bot.Discord.Gateway.DispatchAsync("MESSAGE_CREATE", fromBot);
        await bot.InteractAsync(DiscordPayloads.Ask("3", "sentinel")); // Events are handled in order; after this, the two were seen.

        Assert.Equal(["sentinel"], bot.Answers.Questions.Snapshot());
        Assert.DoesNotContain(bot.Discord.Requests.Snapshot(), r => r.Path.EndsWith("/messages", StringComparison.Ordinal));
    }
}
