using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Gateway;

/// <summary>
/// One shard's gateway session across connections: resumes through <c>resume_gateway_url</c> when it can,
/// identifies afresh when it must, backs off between failed attempts, and stops only on cancellation or a
/// fatal close code (<see cref="GatewayFatalException"/>).
/// </summary>
internal sealed class GatewayShard(
    GatewayShardSettings settings,
    IGatewayDispatchHandler handler,
    IdentifyGate identifyGate,
    GatewayTimings timings,
    TimeProvider time,
    ILogger logger)
{
    private readonly GatewaySession _session = new();

    public int ShardId => settings.ShardId;

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            ConnectionOutcome outcome;
            try
            {
                var connection = new GatewayConnection(settings, _session, handler, identifyGate, timings, time, logger);
                outcome = await connection.RunAsync(CurrentUrl(), cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is WebSocketException or HttpRequestException or IOException or JsonException or KeyNotFoundException or InvalidOperationException)
            {
                outcome = new ConnectionOutcome(Resume: true, Delay: null, ReachedReady: false);
                GatewayLog.ConnectionLost(logger, settings.ShardId, e.GetType().Name + ": " + e.Message);
            }

            if (!outcome.Resume)
            {
                _session.Reset();
            }

            failures = outcome.ReachedReady ? 1 : failures + 1;
            var delay = outcome.Delay ?? Backoff(failures);
            GatewayLog.Reconnecting(logger, settings.ShardId, delay.TotalMilliseconds, _session.CanResume ? "resume" : "identify");
            if (delay > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(delay, time, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private TimeSpan Backoff(int failures)
    {
        var factor = Math.Pow(2, Math.Min(failures - 1, 16));
        var delay = timings.ReconnectBaseDelay * factor;
        return delay < timings.ReconnectMaxDelay ? delay : timings.ReconnectMaxDelay;
    }

    private Uri CurrentUrl()
    {
        var url = _session is { CanResume: true, ResumeUrl: { } resume } ? resume : settings.GatewayUrl.ToString();
        var builder = new UriBuilder(url) { Query = "v=10&encoding=json" };
        return builder.Uri;
    }
}
