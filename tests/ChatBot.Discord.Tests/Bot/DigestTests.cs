using ChatBot.Discord.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Discord.Tests.Bot;

public sealed class DigestTests
{
    private const string DigestChannel = "645027906669510700";

    [Fact]
    public async Task A_digest_is_posted_once_across_a_restart_and_the_next_one_says_there_is_nothing_new()
    {
        var database = BotHarness.NewDatabasePath();
        try
        {
            var firstRun = new TimerWatchingTimeProvider();
            var start = firstRun.GetUtcNow();
            await using (var bot = await StartAsync(firstRun, database))
            {
                bot.Answers.Answer = q => Answers.Simple(q) with { Disagreements = [Answers.Disagreement()] };
                await firstRun.WaitForTimerDueAtAsync(start.AddHours(1), TimeSpan.FromSeconds(10));
                var before = firstRun.GetUtcNow();

                firstRun.Advance(TimeSpan.FromHours(1));
                var posted = await bot.Discord.Requests.WaitForCountAsync(IsDigest, 2, what: "the digest's two messages");
                await bot.Logs.WaitForLineAsync(l => l.Contains("posted for", StringComparison.Ordinal), what: "the digest recorded");

                Assert.Equal(before, start);
                var first = posted[0].Json;
                Assert.StartsWith("**Digest: layoffs**: 3 new stories since", first.GetProperty("content").GetString(), StringComparison.Ordinal);
                Assert.EndsWith("**Where the sources disagree**", first.GetProperty("content").GetString(), StringComparison.Ordinal);
                Assert.Equal("engineers reassigned", first.GetProperty("embeds")[0].GetProperty("title").GetString());
                Assert.True(first.GetProperty("enforce_nonce").GetBoolean());
                Assert.InRange(first.GetProperty("nonce").GetString()!.Length, 1, 25);
                Assert.Contains("[Story number 1](<https://news.example/1>) — Example News", posted[1].Json.GetProperty("content").GetString(), StringComparison.Ordinal);
                Assert.Equal("layoffs", Assert.Single(bot.Answers.Summaries.Snapshot()).Topic);
            }

            var secondRun = new TimerWatchingTimeProvider();
            secondRun.Advance(TimeSpan.FromMinutes(70));
            await using (var bot = await StartAsync(secondRun, database))
            {
                await secondRun.WaitForTimerDueAtAsync(start.AddHours(2), TimeSpan.FromSeconds(10));
                await bot.InteractAsync(DiscordPayloads.Ask("8001", "sentinel"));
                Assert.DoesNotContain(bot.Discord.Requests.Snapshot(), IsDigest); // The 1 h digest is not posted again.

                secondRun.Advance(TimeSpan.FromMinutes(50));
                var next = await bot.Discord.Requests.WaitForAsync(IsDigest, what: "the 2 h digest");

                Assert.StartsWith("**Digest: layoffs**: no new stories since", next.Json.GetProperty("content").GetString(), StringComparison.Ordinal);
                Assert.Empty(bot.Answers.Summaries.Snapshot());
            }
        }
        finally
        {
            BotHarness.DeleteDatabase(database);
        }
    }

    [Fact]
    public async Task Digests_missed_while_the_bot_was_down_are_posted_as_one_that_says_so()
    {
        var database = BotHarness.NewDatabasePath();
        try
        {
            var firstRun = new TimerWatchingTimeProvider();
            await using (var bot = await StartAsync(firstRun, database))
            {
                await firstRun.WaitForTimerDueAtAsync(firstRun.Start.AddHours(1), TimeSpan.FromSeconds(10));
            }

            var secondRun = new TimerWatchingTimeProvider();
            secondRun.Advance(TimeSpan.FromHours(3.5));
            await using (var bot = await StartAsync(secondRun, database))
            {
                var posted = await bot.Discord.Requests.WaitForAsync(IsDigest, what: "the catch-up digest");
                await secondRun.WaitForTimerDueAtAsync(secondRun.Start.AddHours(4), TimeSpan.FromSeconds(10));

                Assert.Contains("also stands for 2 earlier scheduled digests missed while the bot was offline", posted.Json.GetProperty("content").GetString(), StringComparison.Ordinal);
                Assert.Single(bot.Discord.Requests.Snapshot(), IsDigest);
            }
        }
        finally
        {
            BotHarness.DeleteDatabase(database);
        }
    }

    private static bool IsDigest(RecordedRequest r) => r.Path == $"/api/v10/channels/{DigestChannel}/messages";

    private static Task<BotHarness> StartAsync(TimerWatchingTimeProvider time, string database) => BotHarness.StartAsync(
        s =>
        {
            s["ChatBot:Discord:Digests:0:ChannelId"] = DigestChannel;
            s["ChatBot:Discord:Digests:0:Schedule"] = "every 1h";
            s["ChatBot:Discord:Digests:0:Topic"] = "layoffs";
        },
        services: s => s.AddSingleton<TimeProvider>(time),
        databasePath: database);
}
