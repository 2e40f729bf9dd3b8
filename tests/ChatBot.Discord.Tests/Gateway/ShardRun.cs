using ChatBot.Discord.Gateway;
using ChatBot.Discord.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatBot.Discord.Tests.Gateway;

/// <summary>One gateway shard running against a fake Discord until disposed.</summary>
internal sealed class ShardRun : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();

    public ShardRun(FakeDiscord discord, TimeProvider time, GatewayTimings? timings = null, int shardId = 0, int shardCount = 1)
    {
        Discord = discord;
        timings ??= BotHarness.FastTimings;
        var settings = new GatewayShardSettings(FakeDiscord.BotToken, GatewayIntents.Bot, shardId, shardCount, new Uri(discord.Gateway.GatewayUrl), "DiscordBot (https://example.test, 1.0.0)");
        var shard = new GatewayShard(settings, Handler, new IdentifyGate(time, timings), timings, time, NullLogger.Instance);
        Task = shard.RunAsync(_stop.Token);
    }

    public FakeDiscord Discord { get; }

    public RecordingDispatchHandler Handler { get; } = new();

    public Task Task { get; }

    public FakeGateway Gateway => Discord.Gateway;

    public Task<(string Name, System.Text.Json.JsonElement Data)> EventAsync(string name) =>
        Handler.Events.WaitForAsync(e => e.Name == name, what: name);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Task.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (GatewayFatalException)
        {
            // Asserted by the test that caused it.
        }

        _stop.Dispose();
    }
}
