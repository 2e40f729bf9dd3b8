namespace ChatBot.Discord.Commands;

/// <summary>Permission bits the bot checks, from the permissions documentation.</summary>
internal static class Permissions
{
    public const ulong Administrator = 1UL << 3;
    public const ulong ManageGuild = 1UL << 5;
}
