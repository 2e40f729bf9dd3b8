namespace ChatBot.Discord.Rest;

/// <summary>A CHAT_INPUT (slash) command as sent to the bulk overwrite endpoint.</summary>
/// <param name="DefaultMemberPermissions">A permission bit set as a string, e.g. "32" for MANAGE_GUILD; null for everyone.</param>
/// <param name="Contexts">Where the command may be used: 0 guild, 1 bot DM, 2 private channel.</param>
internal sealed record ApplicationCommand(
    string Name,
    string Description,
    IReadOnlyList<ApplicationCommandOption> Options,
    string? DefaultMemberPermissions,
    IReadOnlyList<int> Contexts)
{
    public int Type => 1;
}
