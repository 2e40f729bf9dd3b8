namespace ChatBot.Discord.Interactions;

/// <summary>Who the bot is, learnt at start (configuration, REST) and from READY.</summary>
internal sealed class BotIdentity
{
    private volatile string? userId;
    private volatile string? applicationId;

    public string? UserId
    {
        get => userId;
        set => userId = value;
    }

    public string? ApplicationId
    {
        get => applicationId;
        set => applicationId = value;
    }
}
