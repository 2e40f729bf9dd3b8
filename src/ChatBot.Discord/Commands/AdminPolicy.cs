using System.Globalization;
using ChatBot.Discord.Hosting;
using ChatBot.Discord.Interactions;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Commands;

/// <summary>
/// Who may run admin commands, checked on the server side whatever the command's registered
/// default permissions: members with Manage Server (or Administrator), or a configured admin role.
/// </summary>
internal sealed class AdminPolicy(IOptions<DiscordOptions> options)
{
    /// <summary>The default_member_permissions value registered for admin commands: MANAGE_GUILD as a string.</summary>
    public static string RegisteredPermissions { get; } = Permissions.ManageGuild.ToString(CultureInfo.InvariantCulture);

    public bool IsAdmin(Interaction interaction)
    {
        if (interaction.GuildId is null)
        {
            return false; // In a DM there is no server to manage.
        }

        if (interaction.MemberPermissions is { } bits && (bits & (Permissions.ManageGuild | Permissions.Administrator)) != 0)
        {
            return true;
        }

        return interaction.RoleIds.Any(options.Value.AdminRoleIds.Contains);
    }
}
