using System.Net.WebSockets;
using System.Text;

namespace ChatBot.Discord.Tests.Infrastructure;

/// <summary>One WebSocket the bot opened to the fake gateway.</summary>
internal sealed class FakeGatewayConnection(int number, string path, string query, string? userAgent, WebSocket socket)
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public int Number { get; } = number;

    public string Path { get; } = path;

    public string Query { get; } = query;

    /// <summary>The User-Agent header of the WebSocket handshake.</summary>
    public string? UserAgent { get; } = userAgent;

    public WebSocket Socket { get; } = socket;

    /// <summary>The close code the bot sent, if it closed the connection with a close frame.</summary>
    public int? ClientCloseCode { get; set; }

    public async Task SendAsync(string json)
    {
        await _sendLock.WaitAsync();
        try
        {
            await Socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or IOException or OperationCanceledException)
        {
            // The connection is gone; the event stays in the session log and is replayed on resume.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public async Task CloseAsync(int code)
    {
        await _sendLock.WaitAsync();
        try
        {
            await Socket.CloseOutputAsync((WebSocketCloseStatus)code, "closed by the fake gateway", CancellationToken.None);
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or IOException)
        {
            // Already gone.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public override string ToString() => $"#{Number} {Path} close={ClientCloseCode}";
}
