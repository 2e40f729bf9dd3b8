namespace ChatBot.Discord.Rest;

/// <summary>Message flags the bot sets.</summary>
internal static class MessageFlags
{
    /// <summary>Only the user who ran the command sees the message.</summary>
    public const int Ephemeral = 1 << 6;
}
