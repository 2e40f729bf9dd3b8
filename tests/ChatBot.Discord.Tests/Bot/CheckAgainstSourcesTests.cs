using ChatBot.Discord.Commands;
using ChatBot.Discord.Tests.Infrastructure;

namespace ChatBot.Discord.Tests.Bot;

public sealed class CheckAgainstSourcesTests
{
    [Fact]
    public async Task A_message_command_checks_the_message_text_against_the_sources_once_within_3_s()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Answers.Answer = q => Answers.Simple(q) with { Disagreements = [Answers.Disagreement()] };
        var sent = bot.Discord.Time.GetUtcNow();

        var callback = await bot.InteractAsync(
            DiscordPayloads.MessageCommand("6001", CheckAgainstSourcesCommand.Name, "334385199974967070", "Meta moved 10,000 engineers to AI data work."));

        Assert.True(callback.At - sent < TimeSpan.FromSeconds(3));
        Assert.Equal(["Meta moved 10,000 engineers to AI data work."], bot.Answers.Questions.Snapshot());
        var data = callback.Json.GetProperty("data");
        Assert.Equal(4, callback.Json.GetProperty("type").GetInt32());
        var content = data.GetProperty("content").GetString()!;
        Assert.StartsWith("-# Checking against the sources: \"Meta moved 10,000 engineers to AI data work.\"", content, StringComparison.Ordinal);
        Assert.Equal("engineers reassigned", data.GetProperty("embeds")[0].GetProperty("title").GetString());
        await bot.InteractAsync(DiscordPayloads.Ask("6002", "sentinel"));
        Assert.Equal(1, bot.Discord.CallbackCounts["6001"]);
        Assert.Single(bot.Discord.Requests.Snapshot(), r => r.Path.Contains("/interactions/6001/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_message_without_text_is_refused_ephemerally()
    {
        await using var bot = await BotHarness.StartAsync();

        var callback = await bot.InteractAsync(DiscordPayloads.MessageCommand("6003", CheckAgainstSourcesCommand.Name, "334385199974967071", ""));

        Assert.Equal(CheckAgainstSourcesCommand.NoText, callback.Json.GetProperty("data").GetProperty("content").GetString());
        Assert.Equal(64, callback.Json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Empty(bot.Answers.Questions.Snapshot());
    }
}
