using System.Text.Json;

namespace ChatBot.Discord.Gateway;

/// <summary>Receives dispatch events (op 0). Must return quickly: it runs on the receive loop.</summary>
internal interface IGatewayDispatchHandler
{
    void OnDispatch(int shardId, string eventName, JsonElement data);
}
