using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Gateway;

/// <summary>
/// One connection of a shard, from Hello to close: identifies or resumes, heartbeats, hands dispatches to the
/// handler, and says how it ended. A new instance is made for every connection.
/// </summary>
internal sealed class GatewayConnection(
    GatewayShardSettings settings,
    GatewaySession session,
    IGatewayDispatchHandler handler,
    IdentifyGate identifyGate,
    GatewayTimings timings,
    TimeProvider time,
    ILogger logger)
{
    private const int ResumableCloseCode = 4000;
    private int _awaitingAck;
    private volatile bool _zombie;
    private volatile bool _reachedReady;

    public async Task<ConnectionOutcome> RunAsync(Uri url, CancellationToken cancellationToken = default)
    {
        using var socket = new GatewaySocket(time, timings.CloseTimeout, settings.UserAgent);
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await socket.ConnectAsync(url, cancellationToken);
        var interval = await ReceiveHelloAsync(socket, cancellationToken);
        var heartbeats = HeartbeatAsync(socket, interval, connection);
        try
        {
            await StartSessionAsync(socket, cancellationToken);
            return await ReceiveLoopAsync(socket, connection.Token);
        }
        catch (OperationCanceledException) when (_zombie && !cancellationToken.IsCancellationRequested)
        {
            return new ConnectionOutcome(Resume: true, Delay: null, _reachedReady);
        }
        catch (WebSocketException) when (!cancellationToken.IsCancellationRequested)
        {
            GatewayLog.ConnectionLost(logger, settings.ShardId, "the connection dropped");
            return new ConnectionOutcome(Resume: true, Delay: null, _reachedReady);
        }
        finally
        {
            if (cancellationToken.IsCancellationRequested)
            {
                // Shutting down: a 1000 close ends the session, so the bot shows offline at once.
                await socket.CloseAsync((int)WebSocketCloseStatus.NormalClosure, "shutting down");
            }

            await connection.CancelAsync();
            await heartbeats;
        }
    }

    private static async Task<TimeSpan> ReceiveHelloAsync(GatewaySocket socket, CancellationToken cancellationToken)
    {
        using var hello = await socket.ReceiveAsync(cancellationToken)
            ?? throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely, "The gateway closed before Hello.");
        var root = hello.RootElement;
        if (root.GetProperty("op").GetInt32() != GatewayOpCodes.Hello)
        {
            throw new WebSocketException(WebSocketError.InvalidState, "The gateway's first message was not Hello.");
        }

        return TimeSpan.FromMilliseconds(root.GetProperty("d").GetProperty("heartbeat_interval").GetDouble());
    }

    private async Task StartSessionAsync(GatewaySocket socket, CancellationToken cancellationToken)
    {
        if (session is { CanResume: true, SessionId: { } sessionId })
        {
            GatewayLog.Resuming(logger, settings.ShardId, session.Sequence);
            await socket.SendAsync(GatewayPayloads.Resume(settings.Token, sessionId, session.Sequence), heartbeat: false, cancellationToken);
            return;
        }

        await identifyGate.WaitTurnAsync(settings.ShardId, cancellationToken);
        GatewayLog.Identifying(logger, settings.ShardId, settings.ShardCount, (int)settings.Intents);
        await socket.SendAsync(GatewayPayloads.Identify(settings), heartbeat: false, cancellationToken);
    }

    private async Task<ConnectionOutcome> ReceiveLoopAsync(GatewaySocket socket, CancellationToken cancellationToken)
    {
        while (true)
        {
            using var message = await socket.ReceiveAsync(cancellationToken);
            if (message is null)
            {
                return Closed(socket.CloseCode);
            }

            var outcome = await HandleAsync(socket, message.RootElement, cancellationToken);
            if (outcome is not null)
            {
                return outcome;
            }
        }
    }

    private async Task<ConnectionOutcome?> HandleAsync(GatewaySocket socket, JsonElement payload, CancellationToken cancellationToken)
    {
        switch (payload.GetProperty("op").GetInt32())
        {
            case GatewayOpCodes.Dispatch:
                Dispatch(payload);
                return null;
            case GatewayOpCodes.Heartbeat:
                await socket.SendAsync(GatewayPayloads.Heartbeat(session.Sequence), heartbeat: true, cancellationToken);
                return null;
            case GatewayOpCodes.HeartbeatAck:
                Interlocked.Exchange(ref _awaitingAck, 0);
                GatewayLog.HeartbeatAck(logger, settings.ShardId);
                return null;
            case GatewayOpCodes.Reconnect:
                GatewayLog.ReconnectRequested(logger, settings.ShardId);
                await socket.CloseAsync(ResumableCloseCode, "reconnect requested");
                return new ConnectionOutcome(Resume: true, Delay: TimeSpan.Zero, _reachedReady);
            case GatewayOpCodes.InvalidSession:
                return await InvalidSessionAsync(socket, payload);
            default:
                return null;
        }
    }

    private void Dispatch(JsonElement payload)
    {
        if (payload.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number)
        {
            session.Track(s.GetInt64());
        }

        var name = payload.GetProperty("t").GetString() ?? "";
        var data = payload.GetProperty("d");
        if (name == "READY")
        {
            session.Start(data.GetProperty("session_id").GetString()!, data.GetProperty("resume_gateway_url").GetString()!);
        }

        if (name is "READY" or "RESUMED")
        {
            _reachedReady = true;
            GatewayLog.SessionReady(logger, settings.ShardId, name);
        }

        handler.OnDispatch(settings.ShardId, name, data.Clone());
    }

    private async Task<ConnectionOutcome> InvalidSessionAsync(GatewaySocket socket, JsonElement payload)
    {
        var resumable = payload.TryGetProperty("d", out var d) && d.ValueKind == JsonValueKind.True;
        GatewayLog.InvalidSession(logger, settings.ShardId, resumable);
        await socket.CloseAsync(ResumableCloseCode, "invalid session");
        if (resumable)
        {
            return new ConnectionOutcome(Resume: true, Delay: TimeSpan.Zero, _reachedReady);
        }

        var range = timings.InvalidSessionMaxDelay - timings.InvalidSessionMinDelay;
        return new ConnectionOutcome(Resume: false, timings.InvalidSessionMinDelay + (range * timings.Random()), ReachedReady: false);
    }

    private ConnectionOutcome Closed(int? closeCode)
    {
        GatewayLog.Closed(logger, settings.ShardId, closeCode);
        if (closeCode is { } code && GatewayCloseCodes.IsFatal(code))
        {
            throw new GatewayFatalException(code);
        }

        var resume = closeCode is not { } c || !GatewayCloseCodes.EndsSession(c);
        return new ConnectionOutcome(resume, Delay: null, _reachedReady);
    }

    private async Task HeartbeatAsync(GatewaySocket socket, TimeSpan interval, CancellationTokenSource connection)
    {
        var cancellationToken = connection.Token;
        try
        {
            await Task.Delay(interval * timings.Random(), time, cancellationToken);
            while (true)
            {
                if (Interlocked.Exchange(ref _awaitingAck, 1) == 1)
                {
                    _zombie = true;
                    GatewayLog.Zombie(logger, settings.ShardId);
                    await socket.CloseAsync(ResumableCloseCode, "no heartbeat ACK");
                    await connection.CancelAsync();
                    return;
                }

                await socket.SendAsync(GatewayPayloads.Heartbeat(session.Sequence), heartbeat: true, cancellationToken);
                await Task.Delay(interval, time, cancellationToken);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection ended; the receive loop reports why.
        }
    }
}
