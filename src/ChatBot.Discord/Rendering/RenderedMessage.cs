using ChatBot.Discord.Rest;

namespace ChatBot.Discord.Rendering;

/// <summary>One Discord message: content (at most 2,000 characters) and embeds (at most 10, 6,000 characters in all).</summary>
internal sealed record RenderedMessage(string Content, IReadOnlyList<Embed> Embeds)
{
    public static RenderedMessage Text(string content) => new(content, []);

    /// <summary>The body to send, with embeds only when there are some.</summary>
    public MessageBody ToBody(int? flags = null, MessageReference? reference = null) =>
        new(Content, flags, reference, Embeds.Count > 0 ? Embeds : null);
}
