using ChatBot.Discord.Gateway;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Hosting;

/// <summary>
/// Runs the bot: connects the shards while the commands are registered, and answers until the host stops. A
/// token or shard setting that Discord rejects stops the host with a sentence saying so and a non-zero exit code;
/// a refused command registration does not (see <see cref="CommandRegistrar"/>).
/// </summary>
internal sealed class DiscordBotService(
    IDiscordRestClient rest,
    CommandRegistrar registrar,
    IGatewayDispatchHandler handler,
    BotIdentity identity,
    IdentifyGate identifyGate,
    GatewayTimings timings,
    TimeProvider time,
    WorkTracker work,
    IOptions<DiscordOptions> options,
    IHostApplicationLifetime lifetime,
    ILoggerFactory loggers) : BackgroundService
{
    private static readonly TimeSpan DrainGrace = TimeSpan.FromSeconds(10);
    private readonly ILogger _logger = loggers.CreateLogger<DiscordBotService>();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var shards = await PrepareAsync(stoppingToken);
            await RunShardsAsync(shards, registrar.RegisterAsync, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
        catch (DiscordAuthenticationException)
        {
            Stop("Discord rejected the bot token (HTTP 401): check the environment variable ChatBot__Discord__Token.");
        }
        catch (GatewayFatalException e)
        {
            Stop(e.Message);
        }
        catch (Exception e) when (e is HttpRequestException or DiscordRestException or System.Text.Json.JsonException)
        {
            Stop($"The Discord bot could not start: {e.Message}");
        }
        finally
        {
            await work.DrainAsync(DrainGrace);
        }
    }

    private async Task<IReadOnlyList<GatewayShard>> PrepareAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var gateway = await rest.GetGatewayBotAsync(cancellationToken);
        identity.ApplicationId = settings.ApplicationId is { Length: > 0 } configured
            ? configured
            : await rest.GetApplicationIdAsync(cancellationToken);

        identifyGate.MaxConcurrency = gateway.SessionStartLimit.MaxConcurrency;
        var shardCount = settings.ShardCount ?? Math.Max(1, gateway.Shards);
        var shardIds = settings.ShardId is { } only ? [only] : Enumerable.Range(0, shardCount).ToArray();
        HostingLog.StartingShards(_logger, shardIds.Length, shardCount, identifyGate.MaxConcurrency);
        var shardLogger = loggers.CreateLogger<GatewayShard>();
        return [.. shardIds.Select(id => new GatewayShard(
            new GatewayShardSettings(settings.Token, GatewayIntents.Bot, id, shardCount, new Uri(gateway.Url), UserAgent.For(settings.UserAgentUrl)),
            handler, identifyGate, timings, time, shardLogger))];
    }

    /// <summary>
    /// Runs every shard until the host stops; the first fatal error stops the others and is rethrown. The
    /// registration runs beside them and is awaited before returning, so nothing outlives the service.
    /// </summary>
    private static async Task RunShardsAsync(
        IReadOnlyList<GatewayShard> shards, Func<CancellationToken, Task> register, CancellationToken stoppingToken)
    {
        using var stopShards = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var running = shards.Select(s => s.RunAsync(stopShards.Token)).ToList();
        var registration = register(stopShards.Token);
        var first = await Task.WhenAny(running);
        await stopShards.CancelAsync();
        await Task.WhenAll(running).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await registration.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await first;
    }

    private void Stop(string reason)
    {
        HostingLog.Fatal(_logger, reason);
        Environment.ExitCode = 1;
        lifetime.StopApplication();
    }
}
