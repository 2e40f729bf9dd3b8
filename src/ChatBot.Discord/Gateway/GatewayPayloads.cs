namespace ChatBot.Discord.Gateway;

/// <summary>The payloads the bot sends, shaped like the gateway documentation's examples.</summary>
internal static class GatewayPayloads
{
    public static object Identify(GatewayShardSettings settings) => new
    {
        op = GatewayOpCodes.Identify,
        d = new
        {
            token = settings.Token,
            intents = (int)settings.Intents,
            properties = new { os = OperatingSystemName(), browser = "ChatBot", device = "ChatBot" },
            shard = new[] { settings.ShardId, settings.ShardCount },
        },
    };

    public static object Resume(string token, string sessionId, long? sequence) => new
    {
        op = GatewayOpCodes.Resume,
        d = new { token, session_id = sessionId, seq = sequence },
    };

    public static object Heartbeat(long? sequence) => new { op = GatewayOpCodes.Heartbeat, d = sequence };

    private static string OperatingSystemName() =>
        OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux";
}
