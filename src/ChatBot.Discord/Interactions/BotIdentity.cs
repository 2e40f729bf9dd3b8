namespace ChatBot.Discord.Interactions;

/// <summary>Who the bot is, learnt at start (configuration, REST) and from READY.</summary>
internal sealed class BotIdentity
{
    private volatile string? _userId;
    private volatile string? _applicationId;

    public string? UserId
    {
        get => _userId;
        set => _userId = value;
    }

    public string? ApplicationId
    {
        get => _applicationId;
        set => _applicationId = value;
    }
}
