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

/// <summary>One option of a slash command.</summary>
internal sealed record ApplicationCommandOption(
    int Type,
    string Name,
    string Description,
    bool Required = false,
    int? MinLength = null,
    int? MaxLength = null,
    int? MinValue = null);

/// <summary>The option types the bot's commands use.</summary>
internal static class ApplicationCommandOptionTypes
{
    public const int String = 3;
    public const int Integer = 4;
}
