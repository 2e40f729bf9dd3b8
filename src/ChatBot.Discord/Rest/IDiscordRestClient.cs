namespace ChatBot.Discord.Rest;

/// <summary>The REST calls the bot makes, and no others.</summary>
internal interface IDiscordRestClient
{
    /// <summary>GET /gateway/bot: the gateway URL, recommended shards and identify concurrency.</summary>
    Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken = default);

    /// <summary>GET /oauth2/applications/@me: the bot's application id.</summary>
    Task<string> GetApplicationIdAsync(CancellationToken cancellationToken = default);

    /// <summary>PUT the full command list, to one guild when <paramref name="guildId"/> is set, else globally.</summary>
    Task OverwriteCommandsAsync(string applicationId, string? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken = default);

    /// <summary>POST /interactions/{id}/{token}/callback.</summary>
    Task RespondToInteractionAsync(string interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken = default);

    /// <summary>PATCH /webhooks/{application}/{token}/messages/@original.</summary>
    Task EditOriginalResponseAsync(string applicationId, string interactionToken, MessageBody message, CancellationToken cancellationToken = default);

    /// <summary>POST /webhooks/{application}/{token}: a follow-up message.</summary>
    Task CreateFollowupAsync(string applicationId, string interactionToken, MessageBody message, CancellationToken cancellationToken = default);

    /// <summary>POST /channels/{channel}/messages; returns the new message's id.</summary>
    Task<string> CreateMessageAsync(string channelId, MessageBody message, CancellationToken cancellationToken = default);
}
