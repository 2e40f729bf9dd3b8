using System.Text.Json;

namespace ChatBot.Discord.Tests.Infrastructure;

/// <summary>A payload the bot sent to the fake gateway, on which connection and when (by the fake's clock).</summary>
internal sealed record GatewayFrame(int Connection, string Path, JsonElement Payload, DateTimeOffset At)
{
    public int Op => Payload.GetProperty("op").GetInt32();

    public JsonElement D => Payload.GetProperty("d");
}
