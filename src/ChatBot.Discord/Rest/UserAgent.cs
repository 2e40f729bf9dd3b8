namespace ChatBot.Discord.Rest;

/// <summary>
/// The User-Agent Discord asks every bot to send, "DiscordBot ($url, $versionNumber)", on REST requests and the
/// gateway's WebSocket handshake alike.
/// </summary>
internal static class UserAgent
{
    public static string For(string url)
    {
        var version = typeof(UserAgent).Assembly.GetName().Version?.ToString(3) ?? "1.0.0";
        return $"DiscordBot ({url}, {version})";
    }
}
