namespace ChatBot.Discord.Rest;

/// <summary>A rich embed: the bot uses a title, a description and fields.</summary>
/// <remarks>
/// Only documented embed fields are properties: anything else would be serialised onto the wire, and a strict
/// server (Spacebar) rejects the whole message for one unknown key. Derived values are methods for that reason.
/// </remarks>
internal sealed record Embed(string? Title, string? Description, IReadOnlyList<EmbedField>? Fields = null)
{
    /// <summary>Characters that count toward Discord's 6,000 per message (title, description, field names and values).</summary>
    public int CharacterCount() =>
        (Title?.Length ?? 0) + (Description?.Length ?? 0) + (Fields ?? []).Sum(f => f.Name.Length + f.Value.Length);
}
