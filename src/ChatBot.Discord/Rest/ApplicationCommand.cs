namespace ChatBot.Discord.Rest;

/// <summary>An application command as sent to the bulk overwrite endpoint: a slash command (type 1) or a message command (type 3).</summary>
/// <param name="Options">A slash command's options; null for a message command, which has none.</param>
/// <param name="DefaultMemberPermissions">A permission bit set as a string, e.g. "32" for MANAGE_GUILD; null for everyone.</param>
/// <param name="Contexts">Where the command may be used: 0 guild, 1 bot DM, 2 private channel.</param>
/// <param name="Type">1 CHAT_INPUT, 3 MESSAGE (shown under "Apps" in a message's menu; its description must be empty).</param>
internal sealed record ApplicationCommand(
    string Name,
    string Description,
    IReadOnlyList<ApplicationCommandOption>? Options,
    string? DefaultMemberPermissions,
    IReadOnlyList<int> Contexts,
    int Type = ApplicationCommand.ChatInput)
{
    public const int ChatInput = 1;
    public const int Message = 3;
}
