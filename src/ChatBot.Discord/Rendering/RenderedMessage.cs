using ChatBot.Discord.Rest;

namespace ChatBot.Discord.Rendering;

/// <summary>
/// One Discord message: content (at most 2,000 characters), embeds (at most 10, 6,000 characters in all) and
/// rows of buttons (within <see cref="ComponentLimits"/>).
/// </summary>
internal sealed record RenderedMessage(string Content, IReadOnlyList<Embed> Embeds, IReadOnlyList<ActionRow>? Components = null)
{
    public static RenderedMessage Text(string content) => new(content, []);

    /// <summary>The body to send, with embeds and components only when there are some.</summary>
    public MessageBody ToBody(int? flags = null, MessageReference? reference = null, string? nonce = null) =>
        new(Content, flags, reference, Embeds.Count > 0 ? Embeds : null, Components is { Count: > 0 } rows ? rows : null,
            nonce, nonce is null ? null : true);
}
