using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;

namespace ChatBot.Discord.Gateway;

/// <summary>
/// One WebSocket to the gateway: whole JSON messages in and out, one send at a time, within the send limit.
/// </summary>
internal sealed class GatewaySocket : IDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly GatewaySendLimiter _limiter;
    private readonly TimeProvider _time;
    private readonly TimeSpan _closeTimeout;

    public GatewaySocket(TimeProvider time, TimeSpan closeTimeout, string userAgent)
    {
        _time = time;
        _closeTimeout = closeTimeout;
        _limiter = new GatewaySendLimiter(time);
        _socket.Options.SetRequestHeader("User-Agent", userAgent);
    }

    /// <summary>The close code the gateway sent, once it closed.</summary>
    public int? CloseCode => (int?)_socket.CloseStatus;

    public Task ConnectAsync(Uri url, CancellationToken cancellationToken = default) =>
        _socket.ConnectAsync(url, cancellationToken);

    public async Task SendAsync<T>(T payload, bool heartbeat, CancellationToken cancellationToken = default)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload);
        await _limiter.WaitAsync(heartbeat, cancellationToken);
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>The next message, or null when the gateway closed the connection (see <see cref="CloseCode"/>).</summary>
    public async Task<JsonDocument?> ReceiveAsync(CancellationToken cancellationToken = default)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            var result = await _socket.ReceiveAsync(memory, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Advance(result.Count);
            if (result.EndOfMessage)
            {
                return JsonDocument.Parse(buffer.WrittenMemory);
            }
        }
    }

    /// <summary>
    /// Sends a close frame and gives up after the close timeout: a zombie connection would never answer.
    /// Never throws; the socket is unusable afterwards either way.
    /// </summary>
    public async Task CloseAsync(int code, string reason)
    {
        using var timeout = new CancellationTokenSource(_closeTimeout, _time);
        try
        {
            await _sendLock.WaitAsync(timeout.Token);
            try
            {
                if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token);
                }
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection is being thrown away; a failed close frame changes nothing.
        }
    }

    public void Abort() => _socket.Abort();

    public void Dispose()
    {
        _socket.Dispose();
        _sendLock.Dispose();
    }
}
