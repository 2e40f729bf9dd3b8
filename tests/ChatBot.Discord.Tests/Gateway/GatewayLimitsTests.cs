using ChatBot.Discord.Gateway;
using ChatBot.Discord.Tests.Infrastructure;

namespace ChatBot.Discord.Tests.Gateway;

public sealed class GatewayLimitsTests
{
    [Fact]
    public async Task The_send_limiter_allows_120_events_per_60_seconds_keeping_room_for_heartbeats()
    {
        var time = new TimerWatchingTimeProvider();
        var limiter = new GatewaySendLimiter(time);

        for (var i = 0; i < 116; i++)
        {
            await limiter.WaitAsync(heartbeat: false);
        }

        var blocked = limiter.WaitAsync(heartbeat: false);
        for (var i = 0; i < 4; i++)
        {
            await limiter.WaitAsync(heartbeat: true);
        }

        var blockedHeartbeat = limiter.WaitAsync(heartbeat: true);
        await time.WaitForTimerDueAtAsync(time.Start.AddSeconds(60), RequestRecorder<int>.DefaultTimeout);
        Assert.False(blocked.IsCompleted);
        Assert.False(blockedHeartbeat.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(60));
        await blocked;
        await blockedHeartbeat;
    }

    [Fact]
    public async Task Identify_is_paced_per_rate_limit_key_by_max_concurrency()
    {
        var time = new TimerWatchingTimeProvider();
        var gate = new IdentifyGate(time, new GatewayTimings()) { MaxConcurrency = 2 };

        await gate.WaitTurnAsync(shardId: 0);
        await gate.WaitTurnAsync(shardId: 1);
        var third = gate.WaitTurnAsync(shardId: 2);
        await time.WaitForTimerDueAtAsync(time.Start.AddSeconds(5), RequestRecorder<int>.DefaultTimeout);

        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(5));
        await third;
    }
}
