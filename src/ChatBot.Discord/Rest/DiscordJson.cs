using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.Discord.Rest;

/// <summary>The JSON conventions of Discord's API: snake_case names, absent rather than null optional fields.</summary>
internal static class DiscordJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
