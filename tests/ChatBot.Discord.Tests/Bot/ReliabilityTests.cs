using ChatBot.Discord.Tests.Infrastructure;

namespace ChatBot.Discord.Tests.Bot;

public sealed class ReliabilityTests
{
    [Fact]
    public async Task Fifty_interactions_with_twenty_dropped_connections_are_each_answered_exactly_once()
    {
        await using var bot = await BotHarness.StartAsync();
        var gateway = bot.Discord.Gateway;
        var ids = Enumerable.Range(0, 50).Select(i => (1_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var drops = 0;

        for (var i = 0; i < ids.Count; i++)
        {
            if (i % 5 is 1 or 3)
            {
                // Drop a live connection once the bot has read its READY or RESUMED (a drop before that would,
                // as on Discord, cost the session), then keep sending while the bot is away: those events reach
                // it only through the replay after its Resume.
                await bot.Logs.WaitForLinesAsync(IsSessionReady, drops + 1, what: "READY or RESUMED read by the bot");
                await gateway.DropAsync();
                drops++;
            }

            await gateway.DispatchAsync("INTERACTION_CREATE", DiscordPayloads.Ask(ids[i], $"Question {i}?", userId: $"{500 + i}"));
        }

        await bot.Discord.Requests.WaitForCountAsync(r => r.Path.EndsWith("/callback", StringComparison.Ordinal), ids.Count, TimeSpan.FromSeconds(30), "callbacks");
        await bot.Logs.WaitForLinesAsync(IsSessionReady, drops + 1, what: "final resume");
        await bot.InteractAsync(DiscordPayloads.Ask("2000000", "Sentinel?")); // Replays come before it, so all are in.

        Assert.Equal(20, drops);
        Assert.All(ids, id => Assert.Equal(1, bot.Discord.CallbackCounts.GetValueOrDefault(id)));
        var callbacks = bot.Discord.Requests.Snapshot().Where(r => r.Path.EndsWith("/callback", StringComparison.Ordinal)).ToList();
        Assert.Equal(ids.Count + 1, callbacks.Count);
        Assert.All(callbacks, c => Assert.Equal(204, c.Status));
        Assert.All(callbacks, c => Assert.Equal(4, c.Json.GetProperty("type").GetInt32()));
        // The fake records a Resume only after answering it, so the bot may have read RESUMED (and answered the
        // sentinel) before the last Resume is recorded: wait for the twenty, then check there are no more.
        await gateway.Frames.WaitForCountAsync(f => f.Op == 6, 20, what: "resumes");
        Assert.Equal(20, gateway.Frames.Snapshot().Count(f => f.Op == 6));
        Assert.Single(gateway.Frames.Snapshot(), f => f.Op == 2);
    }

    [Fact]
    public async Task An_interaction_delivered_twice_is_answered_once()
    {
        await using var bot = await BotHarness.StartAsync();
        var interaction = DiscordPayloads.Ask("3000000", "Twice?");

        await bot.Discord.Gateway.DispatchAsync("INTERACTION_CREATE", interaction);
        await bot.Discord.Gateway.DispatchAsync("INTERACTION_CREATE", interaction);
        await bot.InteractAsync(DiscordPayloads.Ask("3000001", "Sentinel?"));
        await bot.CallbackAsync("3000000");

        Assert.Equal(1, bot.Discord.CallbackCounts["3000000"]);
        Assert.Single(bot.Answers.Questions.Snapshot(), q => q == "Twice?");
    }

    private static bool IsSessionReady(string line) =>
        line.EndsWith("Shard 0: READY ", StringComparison.Ordinal) || line.EndsWith("Shard 0: RESUMED ", StringComparison.Ordinal);
}
