namespace ChatBot.Discord.Rest;

/// <summary>
/// The body of every message the bot sends (create, reply, interaction response, edit, follow-up).
/// <see cref="AllowedMentions"/> is not settable: every message carries <c>"allowed_mentions": {"parse": []}</c>,
/// so nothing the bot writes can ping anyone. <see cref="Nonce"/> with <see cref="EnforceNonce"/> makes a create
/// idempotent: Discord returns the earlier message instead of posting a second one with the same nonce.
/// </summary>
internal sealed record MessageBody(
    string Content,
    int? Flags = null,
    MessageReference? MessageReference = null,
    IReadOnlyList<Embed>? Embeds = null,
    IReadOnlyList<ActionRow>? Components = null,
    string? Nonce = null,
    bool? EnforceNonce = null)
{
    public AllowedMentions AllowedMentions => AllowedMentions.None;

    public static MessageBody Ephemeral(string content) => new(content, MessageFlags.Ephemeral);
}
