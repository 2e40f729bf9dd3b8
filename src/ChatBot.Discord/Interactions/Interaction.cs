using System.Globalization;
using System.Text.Json;

namespace ChatBot.Discord.Interactions;

/// <summary>The parts of an INTERACTION_CREATE the bot uses.</summary>
/// <param name="MemberPermissions">The invoking member's permissions in the channel; null outside a guild.</param>
/// <param name="CommandType">data.type: 1 slash command, 3 message command.</param>
/// <param name="CustomId">The clicked component's custom_id (type 3 interactions).</param>
/// <param name="TargetMessage">The message a message command was used on (its content, id, channel).</param>
/// <param name="FocusedOption">The option being typed in (type 4, autocomplete).</param>
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
    IReadOnlyDictionary<string, JsonElement> Options,
    int CommandType = Interaction.ChatInputCommand,
    string? CustomId = null,
    TargetMessage? TargetMessage = null,
    string? FocusedOption = null)
{
    /// <summary>Type 2: an application command (slash or message command).</summary>
    public const int ApplicationCommandType = 2;

    /// <summary>Type 3: a button was clicked.</summary>
    public const int MessageComponentType = 3;

    /// <summary>Type 4: an option with autocomplete is being typed in.</summary>
    public const int AutocompleteType = 4;

    public const int ChatInputCommand = 1;
    public const int MessageCommand = 3;

    public string? StringOption(string name) =>
        Options.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public bool? BooleanOption(string name) =>
        Options.TryGetValue(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;

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
            data is { } o && o.TryGetProperty("options", out var options) ? ReadOptions(options) : new Dictionary<string, JsonElement>(),
            data is { } t && t.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.Number ? type.GetInt32() : ChatInputCommand,
            data is { } ci ? String(ci, "custom_id") : null,
            data is { } target ? Target(target) : null,
            data is { } f && f.TryGetProperty("options", out var typed) ? Focused(typed) : null);
    }

    /// <summary>The resolved message a message command targets: data.resolved.messages[data.target_id].</summary>
    private static TargetMessage? Target(JsonElement data)
    {
        if (String(data, "target_id") is not { } id
            || !data.TryGetProperty("resolved", out var resolved)
            || !resolved.TryGetProperty("messages", out var messages)
            || !messages.TryGetProperty(id, out var message))
        {
            return null;
        }

        return new TargetMessage(id, String(message, "channel_id"), String(message, "content") ?? "");
    }

    private static string? Focused(JsonElement options) =>
        options.EnumerateArray()
            .Where(o => o.TryGetProperty("focused", out var focused) && focused.ValueKind == JsonValueKind.True)
            .Select(o => String(o, "name"))
            .FirstOrDefault();

    private static Dictionary<string, JsonElement> ReadOptions(JsonElement options) =>
        options.EnumerateArray()
            .Where(o => o.TryGetProperty("value", out _))
            .ToDictionary(o => o.GetProperty("name").GetString()!, o => o.GetProperty("value").Clone(), StringComparer.Ordinal);

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
