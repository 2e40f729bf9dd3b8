namespace ChatBot.Discord.Gateway;

/// <summary>The gateway intents the bot asks for.</summary>
/// <remarks>
/// No privileged intent: without MESSAGE_CONTENT (1 &lt;&lt; 15) Discord still delivers the content of messages
/// that mention the bot (replies that ping it included), of DMs, and of the message a message command is used on
/// (events/gateway.mdx, "Message Content Intent"). Those are the only messages the bot answers, and a bot in
/// 100+ servers would have to apply for the intent.
/// </remarks>
[Flags]
internal enum GatewayIntents
{
    None = 0,
    Guilds = 1 << 0,
    GuildMessages = 1 << 9,
    DirectMessages = 1 << 12,

    Bot = Guilds | GuildMessages | DirectMessages,
}
