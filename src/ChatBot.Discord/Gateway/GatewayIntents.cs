namespace ChatBot.Discord.Gateway;

/// <summary>The gateway intents the bot asks for.</summary>
[Flags]
internal enum GatewayIntents
{
    None = 0,
    Guilds = 1 << 0,
    GuildMessages = 1 << 9,
    DirectMessages = 1 << 12,

    /// <summary>Privileged: must be switched on in the developer portal, or the gateway closes with 4014.</summary>
    MessageContent = 1 << 15,

    Bot = Guilds | GuildMessages | DirectMessages | MessageContent,
}
