namespace ChatBot.Discord.Gateway;

/// <summary>The gateway closed with a code that reconnecting cannot fix (4004, 4010–4014).</summary>
internal sealed class GatewayFatalException(int closeCode)
    : Exception(GatewayCloseCodes.Describe(closeCode))
{
    public int CloseCode { get; } = closeCode;
}
