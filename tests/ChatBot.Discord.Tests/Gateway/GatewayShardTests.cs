using System.Text.Json.Nodes;
using ChatBot.Discord.Gateway;
using ChatBot.Discord.Tests.Infrastructure;

namespace ChatBot.Discord.Tests.Gateway;

public sealed class GatewayShardTests
{
    [Fact]
    public async Task Identify_sends_the_token_three_unprivileged_intents_the_properties_and_the_shard()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var run = new ShardRun(discord, TimeProvider.System, shardId: 1, shardCount: 2);

        var identify = await discord.Gateway.Frames.WaitForAsync(f => f.Op == GatewayOpCodes.Identify);

        var d = identify.D;
        Assert.Equal(FakeDiscord.BotToken, d.GetProperty("token").GetString());
        Assert.Equal((1 << 0) | (1 << 9) | (1 << 12), d.GetProperty("intents").GetInt32());
        Assert.Equal(0, d.GetProperty("intents").GetInt32() & (1 << 15)); // MESSAGE_CONTENT, privileged
        var properties = d.GetProperty("properties");
        Assert.Equal("linux", properties.GetProperty("os").GetString());
        Assert.Equal("ChatBot", properties.GetProperty("browser").GetString());
        Assert.Equal("ChatBot", properties.GetProperty("device").GetString());
        Assert.Equal([1, 2], d.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()));
        Assert.False(d.TryGetProperty("compress", out _));
        var connection = Assert.Single(discord.Gateway.Connections.Snapshot());
        Assert.Equal("/gateway", connection.Path);
        Assert.Equal("?v=10&encoding=json", connection.Query);
    }

    [Fact]
    public async Task Heartbeats_start_after_the_jittered_delay_then_follow_the_interval()
    {
        var time = new TimerWatchingTimeProvider();
        await using var discord = await FakeDiscord.StartAsync(time);
        discord.Gateway.HeartbeatIntervalMs = 1000;
        var timings = BotHarness.FastTimings with { Random = () => 0.25 };
        await using var run = new ShardRun(discord, time, timings);
        await run.EventAsync("READY");

        await time.WaitForTimerDueAtAsync(time.Start.AddMilliseconds(250), RequestRecorder<int>.DefaultTimeout);
        Assert.DoesNotContain(discord.Gateway.Frames.Snapshot(), f => f.Op == GatewayOpCodes.Heartbeat);
        time.Advance(TimeSpan.FromMilliseconds(250));
        var first = await discord.Gateway.Frames.WaitForAsync(f => f.Op == GatewayOpCodes.Heartbeat);
        await discord.Gateway.DispatchAsync("TYPING_START", new JsonObject());
        await run.EventAsync("TYPING_START"); // Events arrive in order, so the ACK sent before it has been read.
        await time.WaitForTimerDueAtAsync(time.Start.AddMilliseconds(1250), RequestRecorder<int>.DefaultTimeout);
        time.Advance(TimeSpan.FromMilliseconds(1000));
        var both = await discord.Gateway.Frames.WaitForCountAsync(f => f.Op == GatewayOpCodes.Heartbeat, 2);

        Assert.Equal(time.Start.AddMilliseconds(250), first.At);
        Assert.Equal(1, first.D.GetInt64());
        Assert.Equal(time.Start.AddMilliseconds(1250), both[1].At);
    }

    [Fact]
    public async Task A_heartbeat_request_from_the_gateway_is_answered_at_once_with_the_last_sequence()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var run = new ShardRun(discord, TimeProvider.System);
        await run.EventAsync("READY");

        await discord.Gateway.SendRawAsync("""{"op": 1, "d": null}""");
        var heartbeat = await discord.Gateway.Frames.WaitForAsync(f => f.Op == GatewayOpCodes.Heartbeat);

        Assert.Equal(1, heartbeat.D.GetInt64());
    }

    [Fact]
    public async Task A_heartbeat_without_ACK_closes_the_zombie_with_a_non_1000_code_and_resumes()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.Gateway.HeartbeatIntervalMs = 100;
        await using var run = new ShardRun(discord, TimeProvider.System);
        await run.EventAsync("READY");
        // ACKs stop only once the bot has read READY: a bot slow to read it (a loaded machine) would otherwise
        // call the connection a zombie before it had a session, and identify afresh instead of resuming.
        discord.Gateway.AckHeartbeats = false;

        var zombie = await discord.Gateway.Ended.WaitForAsync(c => c.Number == 1, what: "first connection closed");
        discord.Gateway.AckHeartbeats = true;
        var resume = await discord.Gateway.Frames.WaitForAsync(f => f.Op == GatewayOpCodes.Resume);

        Assert.NotNull(zombie.ClientCloseCode);
        Assert.NotEqual(1000, zombie.ClientCloseCode);
        Assert.NotEqual(1001, zombie.ClientCloseCode);
        Assert.True(discord.Gateway.Frames.Snapshot().Count(f => f.Connection == 1 && f.Op == GatewayOpCodes.Heartbeat) >= 1);
        Assert.Equal("/resume", resume.Path);
        Assert.Equal(discord.Gateway.SessionId, resume.D.GetProperty("session_id").GetString());
    }

    [Fact]
    public async Task An_abnormal_close_is_followed_by_a_resume_with_session_id_and_last_sequence_on_the_resume_url()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var run = new ShardRun(discord, TimeProvider.System);
        await run.EventAsync("READY");
        await discord.Gateway.DispatchAsync("GUILD_CREATE", new JsonObject { ["id"] = DiscordPayloads.GuildId });
        await discord.Gateway.DispatchAsync("CHANNEL_UPDATE", new JsonObject { ["id"] = DiscordPayloads.ChannelId });
        await run.EventAsync("CHANNEL_UPDATE");

        await discord.Gateway.DropAsync();
        await discord.Gateway.DispatchAsync("MESSAGE_UPDATE", new JsonObject { ["id"] = "1" });
        var resume = await discord.Gateway.Frames.WaitForAsync(f => f.Op == GatewayOpCodes.Resume);
        await run.EventAsync("RESUMED");

        Assert.Equal("/resume", resume.Path);
        Assert.Equal(FakeDiscord.BotToken, resume.D.GetProperty("token").GetString());
        Assert.Equal(discord.Gateway.SessionId, resume.D.GetProperty("session_id").GetString());
        Assert.Equal(3, resume.D.GetProperty("seq").GetInt64());
        await run.EventAsync("MESSAGE_UPDATE");
        Assert.Single(discord.Gateway.Frames.Snapshot(), f => f.Op == GatewayOpCodes.Identify);
    }

    [Fact]
    public async Task Invalid_session_that_cannot_be_resumed_identifies_afresh_on_the_gateway_url()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var run = new ShardRun(discord, TimeProvider.System);
        await run.EventAsync("READY");
        discord.Gateway.InvalidateNextResume = false;

        await discord.Gateway.DropAsync();
        await discord.Gateway.Frames.WaitForAsync(f => f.Op == GatewayOpCodes.Resume);
        var identifies = await discord.Gateway.Frames.WaitForCountAsync(f => f.Op == GatewayOpCodes.Identify, 2);

        Assert.Equal("/gateway", identifies[1].Path);
        Assert.Equal(2, (await run.Handler.Events.WaitForCountAsync(e => e.Name == "READY", 2)).Count);
    }

    [Fact]
    public async Task Invalid_session_that_can_be_resumed_resumes_again()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var run = new ShardRun(discord, TimeProvider.System);
        await run.EventAsync("READY");
        discord.Gateway.InvalidateNextResume = true;

        await discord.Gateway.DropAsync();
        var resumes = await discord.Gateway.Frames.WaitForCountAsync(f => f.Op == GatewayOpCodes.Resume, 2);
        await run.EventAsync("RESUMED");

        Assert.All(resumes, r => Assert.Equal("/resume", r.Path));
        Assert.Single(discord.Gateway.Frames.Snapshot(), f => f.Op == GatewayOpCodes.Identify);
    }

    [Fact]
    public async Task Reconnect_opcode_closes_and_resumes()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var run = new ShardRun(discord, TimeProvider.System);
        await run.EventAsync("READY");

        await discord.Gateway.SendRawAsync("""{"op": 7, "d": null}""");
        var resume = await discord.Gateway.Frames.WaitForAsync(f => f.Op == GatewayOpCodes.Resume);
        var first = await discord.Gateway.Ended.WaitForAsync(c => c.Number == 1);

        Assert.Equal("/resume", resume.Path);
        Assert.NotEqual(1000, first.ClientCloseCode);
    }

    [Theory]
    [InlineData(4004, "rejected the bot token")]
    [InlineData(4010, "invalid shard")]
    [InlineData(4011, "requires sharding")]
    [InlineData(4012, "API version")]
    [InlineData(4013, "intents")]
    [InlineData(4014, "no privileged intent")]
    public async Task Fatal_close_codes_stop_the_shard_with_a_clear_message(int code, string message)
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.Gateway.CloseOnIdentify = code;
        await using var run = new ShardRun(discord, TimeProvider.System);

        var error = await Assert.ThrowsAsync<GatewayFatalException>(() => run.Task.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal(code, error.CloseCode);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Single(discord.Gateway.Connections.Snapshot());
    }

    [Fact]
    public async Task Other_close_codes_reconnect_and_resume()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var run = new ShardRun(discord, TimeProvider.System);
        await run.EventAsync("READY");

        await discord.Gateway.CloseLatestAsync(4000);
        var resume = await discord.Gateway.Frames.WaitForAsync(f => f.Op == GatewayOpCodes.Resume);

        Assert.Equal("/resume", resume.Path);
    }

    [Fact]
    public async Task Close_4009_session_timed_out_identifies_afresh()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var run = new ShardRun(discord, TimeProvider.System);
        await run.EventAsync("READY");

        await discord.Gateway.CloseLatestAsync(4009);
        var identifies = await discord.Gateway.Frames.WaitForCountAsync(f => f.Op == GatewayOpCodes.Identify, 2);

        Assert.Equal("/gateway", identifies[1].Path);
        Assert.DoesNotContain(discord.Gateway.Frames.Snapshot(), f => f.Op == GatewayOpCodes.Resume);
    }
}
