using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Discord.Tests.Infrastructure;

/// <summary>
/// A gateway that behaves like Discord's, with payloads shaped like the documented examples: Hello, READY
/// after Identify, heartbeat ACKs, Resume with replay of the events after the given sequence, then RESUMED.
/// Tests can drop connections, withhold ACKs, invalidate sessions and close with chosen codes.
/// </summary>
internal sealed class FakeGateway(TimeProvider time)
{
    private readonly SemaphoreSlim _state = new(1, 1);
    private readonly List<(long Seq, string Json)> events = [];
    private long _sequence;
    private int _connectionCount;
    private int _sessionCount;
    private string? _sessionId;
    private FakeGatewayConnection? _ready;
    private FakeGatewayConnection? _latest;

    public int HeartbeatIntervalMs { get; set; } = 45000;

    public bool AckHeartbeats { get; set; } = true;

    /// <summary>When set, Identify is answered by closing with this code (e.g. 4004).</summary>
    public int? CloseOnIdentify { get; set; }

    /// <summary>When set, the next Resume is answered with Invalid Session carrying this value of d.</summary>
    public bool? InvalidateNextResume { get; set; }

    public string GatewayUrl { get; set; } = "";

    public string ResumeUrl { get; set; } = "";

    public RequestRecorder<GatewayFrame> Frames { get; } = new();

    public RequestRecorder<FakeGatewayConnection> Connections { get; } = new();

    /// <summary>Connections that ended, with the close code the bot sent (null when it just dropped).</summary>
    public RequestRecorder<FakeGatewayConnection> Ended { get; } = new();

    public string? SessionId => _sessionId;

    public async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeGatewayConnection(Interlocked.Increment(ref _connectionCount), context.Request.Path, context.Request.QueryString.Value ?? "", context.Request.Headers.UserAgent, socket);
        _latest = connection;
        Connections.Add(connection);
        try
        {
            await connection.SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = HeartbeatIntervalMs } }.ToJsonString());
            await ReceiveLoopAsync(connection);
        }
        catch (Exception e) when (e is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            // Dropped.
        }
        finally
        {
            Ended.Add(connection);
        }
    }

    /// <summary>Sends a dispatch event (op 0) to the ready connection, or keeps it for replay when there is none.</summary>
    public async Task DispatchAsync(string type, JsonNode data)
    {
        await _state.WaitAsync();
        try
        {
            var json = Event(type, data);
            if (_ready is { } connection)
            {
                await connection.SendAsync(json);
            }
        }
        finally
        {
            _state.Release();
        }
    }

    /// <summary>Ends the current connection abnormally: no close frame, as when a network path dies.</summary>
    public async Task DropAsync()
    {
        await _state.WaitAsync();
        try
        {
            (_ready ?? _latest)?.Socket.Abort();
            _ready = null;
        }
        finally
        {
            _state.Release();
        }
    }

    /// <summary>Sends a raw payload on the latest connection.</summary>
    public Task SendRawAsync(string json) => _latest?.SendAsync(json) ?? Task.CompletedTask;

    public Task CloseLatestAsync(int code) => _latest?.CloseAsync(code) ?? Task.CompletedTask;

    private async Task ReceiveLoopAsync(FakeGatewayConnection connection)
    {
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await connection.Socket.ReceiveAsync(buffer, CancellationToken.None);
                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            if (result.MessageType == WebSocketMessageType.Close)
            {
                connection.ClientCloseCode = (int?)result.CloseStatus;
                await connection.CloseAsync((int)(result.CloseStatus ?? WebSocketCloseStatus.NormalClosure));
                return;
            }

            var payload = JsonDocument.Parse(message.ToArray()).RootElement.Clone();
            // Answer first, then record: a test that sees a heartbeat here knows its ACK is already on the wire.
            var at = time.GetUtcNow();
            var keepGoing = await HandleAsync(connection, payload);
            Frames.Add(new GatewayFrame(connection.Number, connection.Path, payload, at));
            if (!keepGoing)
            {
                return;
            }
        }
    }

    private async Task<bool> HandleAsync(FakeGatewayConnection connection, JsonElement payload)
    {
        switch (payload.GetProperty("op").GetInt32())
        {
            case 1 when AckHeartbeats:
                await connection.SendAsync("""{"op": 11}""");
                return true;
            case 2:
                return await IdentifyAsync(connection);
            case 6:
                await ResumeAsync(connection, payload.GetProperty("d"));
                return true;
            default:
                return true;
        }
    }

    private async Task<bool> IdentifyAsync(FakeGatewayConnection connection)
    {
        if (CloseOnIdentify is { } code)
        {
            await connection.CloseAsync(code);
            return false;
        }

        await _state.WaitAsync();
        try
        {
            _sessionId = $"session-{Interlocked.Increment(ref _sessionCount)}";
            events.Clear();
            _sequence = 0;
            _ready = connection;
            await connection.SendAsync(Event("READY", DiscordPayloads.Ready(_sessionId, ResumeUrl)));
        }
        finally
        {
            _state.Release();
        }

        return true;
    }

    private async Task ResumeAsync(FakeGatewayConnection connection, JsonElement d)
    {
        await _state.WaitAsync();
        try
        {
            if (InvalidateNextResume is { } resumable)
            {
                InvalidateNextResume = null;
                await connection.SendAsync($$"""{"op": 9, "d": {{(resumable ? "true" : "false")}}}""");
                return;
            }

            if (d.GetProperty("session_id").GetString() != _sessionId)
            {
                await connection.SendAsync("""{"op": 9, "d": false}""");
                return;
            }

            var after = d.GetProperty("seq").ValueKind == JsonValueKind.Number ? d.GetProperty("seq").GetInt64() : 0;
            foreach (var (_, json) in events.Where(e => e.Seq > after))
            {
                await connection.SendAsync(json);
            }

            _ready = connection;
            await connection.SendAsync(Event("RESUMED", new JsonObject()));
        }
        finally
        {
            _state.Release();
        }
    }

    /// <summary>Numbers an event and keeps it for replay; call with <see cref="_state"/> held.</summary>
    private string Event(string type, JsonNode data)
    {
        var seq = ++_sequence;
        var json = new JsonObject { ["op"] = 0, ["d"] = data.DeepClone(), ["s"] = seq, ["t"] = type }.ToJsonString();
        events.Add((seq, json));
        return json;
    }
}
