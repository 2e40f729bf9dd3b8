using System.Text.Json.Nodes;
using ChatBot.Core.Index;
using ChatBot.Core.Ingestion;
using ChatBot.Discord.Commands;
using ChatBot.Discord.Tests.Infrastructure;

namespace ChatBot.Discord.Tests.Bot;

public sealed class ReindexTests
{
    [Fact]
    public async Task A_member_without_manage_server_is_refused_ephemerally()
    {
        await using var bot = await BotHarness.StartAsync();

        var callback = await bot.InteractAsync(DiscordPayloads.Interaction("950", "t950", "reindex", permissions: DiscordPayloads.MemberPermissions));

        var data = callback.Json.GetProperty("data");
        Assert.Equal(4, callback.Json.GetProperty("type").GetInt32());
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.Equal(ReindexSlashCommand.Refusal, data.GetProperty("content").GetString());
        Assert.Empty(bot.Reindex.Calls.Snapshot());
    }

    [Fact]
    public async Task A_member_with_a_configured_admin_role_may_reindex()
    {
        await using var bot = await BotHarness.StartAsync(s => s["ChatBot:Discord:AdminRoleIds:0"] = "123456789");

        var callback = await bot.InteractAsync(DiscordPayloads.Interaction(
            "951", "t951", "reindex", new JsonObject { ["source"] = "seeds" }, DiscordPayloads.MemberPermissions, roles: ["123456789"]));

        Assert.Equal("""{"type":5,"data":{"flags":64}}""", callback.Body);
        Assert.Equal("seeds", await bot.Reindex.Calls.WaitForAsync(_ => true));
        bot.Reindex.Result.SetResult(new IndexingSummary(1, 2, 0, 3, [], TimeSpan.FromSeconds(2)));
        var final = await bot.Discord.Requests.WaitForAsync(r => r.Method == "PATCH");
        Assert.Contains("1 added, 2 updated, 0 removed, 3 unchanged", final.Json.GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unavailable_index_is_said_as_the_cli_and_answers_say_it()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.InteractAsync(DiscordPayloads.Interaction("953", "t953", "reindex", permissions: DiscordPayloads.AllPermissions));
        await bot.Reindex.Calls.WaitForAsync(_ => true);
        bot.Reindex.Result.SetException(new IndexUnavailableException("Qdrant at http://127.0.0.1:1 could not be reached (connection refused)."));
        var final = await bot.Discord.Requests.WaitForAsync(r => r.Method == "PATCH");

        Assert.Equal(IndexUnavailableException.UserMessage, final.Json.GetProperty("content").GetString());
    }

    [Fact]
    public async Task A_manager_sees_progress_edits_at_most_once_a_second_then_the_summary()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.InteractAsync(DiscordPayloads.Interaction("952", "t952", "reindex", permissions: DiscordPayloads.AllPermissions));
        await bot.Reindex.Calls.WaitForAsync(_ => true);
        for (var i = 1; i <= 30; i++)
        {
            bot.Reindex.Progress!.Report(new IndexingProgress("seeds", i, 30, 0, $"story-{i}"));
            await Task.Delay(50);
        }

        var progress = await bot.Discord.Requests.WaitForAsync(r => r.Method == "PATCH");
        bot.Reindex.Result.SetResult(new IndexingSummary(30, 0, 0, 0, [], TimeSpan.FromSeconds(1.5)));
        var edits = await bot.Discord.Requests.WaitForCountAsync(
            r => r.Method == "PATCH" && r.Body.Contains("Reindexed", StringComparison.Ordinal), 1);

        Assert.Contains("Reindexing seeds:", progress.Json.GetProperty("content").GetString(), StringComparison.Ordinal);
        var times = bot.Discord.Requests.Snapshot().Where(r => r.Method == "PATCH").Select(r => r.At).ToList();
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMilliseconds(950)));
        Assert.Single(edits);
    }
}
