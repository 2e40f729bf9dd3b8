namespace ChatBot.Discord.Gateway;

/// <summary>What the gateway's close codes mean for the bot.</summary>
internal static class GatewayCloseCodes
{
    public const int AuthenticationFailed = 4004;
    public const int InvalidSequence = 4007;
    public const int SessionTimedOut = 4009;

    /// <summary>Codes after which reconnecting cannot help: the configuration must change.</summary>
    public static bool IsFatal(int code) => code is AuthenticationFailed or (>= 4010 and <= 4014);

    /// <summary>Codes after which the session cannot be resumed and a new one must be identified.</summary>
    public static bool EndsSession(int code) => code is InvalidSequence or SessionTimedOut;

    /// <summary>A sentence for the operator about a fatal close.</summary>
    public static string Describe(int code) => code switch
    {
        AuthenticationFailed => "Discord rejected the bot token (gateway close 4004): check ChatBot__Discord__Token.",
        4010 => "Discord rejected the shard (gateway close 4010 invalid shard): check ChatBot:Discord:ShardId and ShardCount.",
        4011 => "Discord requires sharding for this bot (gateway close 4011): set ChatBot:Discord:ShardCount or leave it empty to use Discord's recommendation.",
        4012 => "Discord rejected the gateway API version (gateway close 4012).",
        4013 => "Discord rejected the gateway intents as invalid (gateway close 4013).",
        4014 => "Discord refused an intent as not allowed (gateway close 4014); the bot asks for no privileged intent, so the server at RestBaseUrl does not accept GUILDS, GUILD_MESSAGES or DIRECT_MESSAGES.",
        _ => $"The gateway closed the connection with code {code}.",
    };
}
