using System.Text.Json;
using ChatBot.Discord.Gateway;
using ChatBot.Discord.Tests.Infrastructure;

namespace ChatBot.Discord.Tests.Gateway;

internal sealed class RecordingDispatchHandler : IGatewayDispatchHandler
{
    public RequestRecorder<(string Name, JsonElement Data)> Events { get; } = new();

    public void OnDispatch(int shardId, string eventName, JsonElement data) => Events.Add((eventName, data));
}
