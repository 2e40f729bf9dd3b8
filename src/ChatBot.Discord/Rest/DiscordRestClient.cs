using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ChatBot.Discord.Rest;

/// <summary>
/// Discord's REST API v10 over an <see cref="HttpClient"/> whose base address, Authorization and User-Agent
/// headers are set by <see cref="Hosting.DiscordServiceCollectionExtensions"/>.
/// </summary>
/// <remarks>
/// Written by hand, as is the gateway: no Discord library is served by the package mirror this project builds
/// from, and the bot needs a dozen calls, each checked against the documented payload shapes in the tests.
/// </remarks>
internal sealed class DiscordRestClient(HttpClient http, RestRateLimiter limiter) : IDiscordRestClient
{
    public async Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken = default)
    {
        var route = RestRoute.Get("/gateway/bot", "gateway/bot");
        return await ReadAsync<GatewayBotInfo>(route, null, cancellationToken);
    }

    public async Task<string> GetApplicationIdAsync(CancellationToken cancellationToken = default)
    {
        var route = RestRoute.Get("/oauth2/applications/@me", "oauth2/applications/@me");
        var application = await ReadAsync<JsonElement>(route, null, cancellationToken);
        return application.GetProperty("id").GetString()
            ?? throw new InvalidOperationException("Discord returned an application without an id.");
    }

    public Task OverwriteCommandsAsync(
        string applicationId, string? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken = default)
    {
        var route = guildId is null
            ? RestRoute.Create(HttpMethod.Put, "/applications/{application}/commands", "", $"applications/{applicationId}/commands")
            : RestRoute.Create(HttpMethod.Put, "/applications/{application}/guilds/{guild}/commands", guildId, $"applications/{applicationId}/guilds/{guildId}/commands");
        return SendAsync(route, commands, cancellationToken);
    }

    public Task RespondToInteractionAsync(
        string interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken = default)
    {
        var route = RestRoute.Create(
            HttpMethod.Post, "/interactions/{interaction}/{token}/callback", interactionId, $"interactions/{interactionId}/{interactionToken}/callback");
        return SendAsync(route, response, cancellationToken);
    }

    public Task EditOriginalResponseAsync(
        string applicationId, string interactionToken, MessageBody message, CancellationToken cancellationToken = default)
    {
        var route = RestRoute.Create(
            HttpMethod.Patch, "/webhooks/{application}/{token}/messages/@original", interactionToken, $"webhooks/{applicationId}/{interactionToken}/messages/@original");
        return SendAsync(route, message, cancellationToken);
    }

    public Task CreateFollowupAsync(
        string applicationId, string interactionToken, MessageBody message, CancellationToken cancellationToken = default)
    {
        var route = RestRoute.Create(HttpMethod.Post, "/webhooks/{application}/{token}", interactionToken, $"webhooks/{applicationId}/{interactionToken}");
        return SendAsync(route, message, cancellationToken);
    }

    public async Task<string> CreateMessageAsync(string channelId, MessageBody message, CancellationToken cancellationToken = default)
    {
        var route = RestRoute.Create(HttpMethod.Post, "/channels/{channel}/messages", channelId, $"channels/{channelId}/messages");
        var created = await ReadAsync<JsonElement>(route, message, cancellationToken);
        return created.GetProperty("id").GetString()
            ?? throw new DiscordRestException(HttpStatusCode.OK, route.Key, "a created message without an id");
    }

    private async Task SendAsync<TBody>(RestRoute route, TBody body, CancellationToken cancellationToken)
    {
        using var response = await limiter.SendAsync(http, route, () => CreateRequest(route, body), cancellationToken);
        await EnsureSuccessAsync(route, response, cancellationToken);
    }

    private async Task<T> ReadAsync<T>(RestRoute route, MessageBody? body, CancellationToken cancellationToken)
    {
        using var response = await limiter.SendAsync(http, route, () => CreateRequest(route, body), cancellationToken);
        await EnsureSuccessAsync(route, response, cancellationToken);
        return await response.Content.ReadFromJsonAsync<T>(DiscordJson.Options, cancellationToken)
            ?? throw new DiscordRestException(response.StatusCode, route.Key, "empty body");
    }

    private static HttpRequestMessage CreateRequest<TBody>(RestRoute route, TBody body)
    {
        var request = new HttpRequestMessage(route.Method, route.Path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: DiscordJson.Options);
        }

        return request;
    }

    private static async Task EnsureSuccessAsync(RestRoute route, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            throw new DiscordAuthenticationException(route.Key, body);
        }

        throw new DiscordRestException(response.StatusCode, route.Key, body);
    }
}
