using System.Globalization;
using System.Text.Json;

namespace ChatBot.Discord.Interactions;

/// <summary>The parts of an INTERACTION_CREATE the bot uses.</summary>
/// <param name="MemberPermissions">The invoking member's permissions in the channel; null outside a guild.</param>
internal sealed record Interaction(
    string Id,
    string ApplicationId,
    int Type,
    string Token,
    string? GuildId,
    string? ChannelId,
    string UserId,
    IReadOnlyList<string> RoleIds,
    ulong? MemberPermissions,
    string? CommandName,
    IReadOnlyDictionary<string, JsonElement> Options)
{
    /// <summary>Type 2: a slash command.</summary>
    public const int ApplicationCommandType = 2;

    public string? StringOption(string name) =>
        Options.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public long? IntegerOption(string name) =>
        Options.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : null;

    public static Interaction Parse(JsonElement d, string? fallbackApplicationId)
    {
        var member = d.TryGetProperty("member", out var m) && m.ValueKind == JsonValueKind.Object ? m : (JsonElement?)null;
        var user = member is { } mm ? mm.GetProperty("user") : d.GetProperty("user");
        var data = d.TryGetProperty("data", out var dd) ? dd : (JsonElement?)null;
        return new Interaction(
            d.GetProperty("id").GetString()!,
            String(d, "application_id") ?? fallbackApplicationId ?? "",
            d.GetProperty("type").GetInt32(),
            d.GetProperty("token").GetString()!,
            String(d, "guild_id"),
            String(d, "channel_id") ?? (d.TryGetProperty("channel", out var c) ? String(c, "id") : null),
            user.GetProperty("id").GetString()!,
            member is { } r && r.TryGetProperty("roles", out var roles) ? [.. roles.EnumerateArray().Select(x => x.GetString()!)] : [],
            member is { } p && String(p, "permissions") is { } bits ? ulong.Parse(bits, CultureInfo.InvariantCulture) : null,
            data is { } n ? String(n, "name") : null,
            data is { } o && o.TryGetProperty("options", out var options) ? ReadOptions(options) : new Dictionary<string, JsonElement>());
    }

    private static Dictionary<string, JsonElement> ReadOptions(JsonElement options) =>
        options.EnumerateArray()
            .Where(o => o.TryGetProperty("value", out _))
            .ToDictionary(o => o.GetProperty("name").GetString()!, o => o.GetProperty("value").Clone(), StringComparer.Ordinal);

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
