using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Tests.Infrastructure;

/// <summary>
/// Discord on loopback: Kestrel on 127.0.0.1, port 0, with the REST routes the bot calls under /api/v10 and a
/// WebSocket gateway at /gateway (and /resume, the resume_gateway_url). Records every request.
/// </summary>
internal sealed class FakeDiscord : IAsyncDisposable
{
    public const string BotToken = "MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs";

    private WebApplication _app = null!;
    private readonly ConcurrentBag<RateLimitRule> _rateLimits = [];
    private readonly ConcurrentDictionary<string, int> _callbacks = new();
    private long _nextMessageId;

    private FakeDiscord(TimeProvider time)
    {
        Gateway = new FakeGateway(time);
        Time = time;
    }

    public FakeGateway Gateway { get; }

    public TimeProvider Time { get; }

    public RequestRecorder<RecordedRequest> Requests { get; } = new();

    /// <summary>Messages the bot created in channels (POST /channels/{id}/messages): channel and the new message's id.</summary>
    public RequestRecorder<(string ChannelId, string MessageId)> CreatedMessages { get; } = new();

    /// <summary>Status for GET /gateway/bot: 401 plays a rejected token.</summary>
    public int GatewayBotStatus { get; set; } = 200;

    public int RecommendedShards { get; set; } = 1;

    /// <summary>When set, POST /channels/{id}/messages is refused with a 403 "Missing Permissions", as in a channel the bot cannot write to.</summary>
    public bool RefuseChannelMessages { get; set; }

    /// <summary>How many command registrations (PUT) are refused with a 400 and a documented error body first.</summary>
    public int RefuseCommandRegistrations { get; set; }

    public Uri BaseUrl { get; private set; } = null!;

    public string RestBaseUrl => new Uri(BaseUrl, "api/v10").ToString();

    /// <summary>Answers of POST /interactions/{id}/{token}/callback per interaction id (the first is accepted).</summary>
    public IReadOnlyDictionary<string, int> CallbackCounts => _callbacks;

    public static async Task<FakeDiscord> StartAsync(TimeProvider? time = null)
    {
        var discord = new FakeDiscord(time ?? TimeProvider.System);
        discord._app = await LoopbackServer.StartAsync(discord.MapRoutes);
        discord.BaseUrl = discord._app.BaseUri();
        var ws = "ws://" + discord.BaseUrl.Authority;
        discord.Gateway.GatewayUrl = ws + "/gateway";
        discord.Gateway.ResumeUrl = ws + "/resume";
        return discord;
    }

    public void RateLimitNext(string pathContains, double retryAfterSeconds, bool global = false, int times = 1) =>
        _rateLimits.Add(new RateLimitRule(pathContains, retryAfterSeconds, global, times));

    /// <summary>Message bodies the bot sent: interaction responses of type 4, edits, follow-ups and channel messages.</summary>
    public IReadOnlyList<(RecordedRequest Request, System.Text.Json.JsonElement Message)> MessageBodies() =>
        [.. Requests.Snapshot().Where(r => r.Status < 300 && r.HasBody).SelectMany(MessageOf)];

    private static IEnumerable<(RecordedRequest, System.Text.Json.JsonElement)> MessageOf(RecordedRequest r)
    {
        var json = r.Json;
        if (r.Path.EndsWith("/callback", StringComparison.Ordinal))
        {
            if (json.GetProperty("type").GetInt32() == 4)
            {
                yield return (r, json.GetProperty("data"));
            }
        }
        else if (r.Path.Contains("/webhooks/", StringComparison.Ordinal) || r.Path.Contains("/channels/", StringComparison.Ordinal))
        {
            yield return (r, json);
        }
    }

    private void MapRoutes(WebApplication app)
    {
        app.UseWebSockets();
        app.Use(RecordAsync);
        app.Map("/gateway", Gateway.AcceptAsync);
        app.Map("/resume", Gateway.AcceptAsync);
        var api = app.MapGroup("/api/v10");
        api.MapGet("/gateway/bot", () => GatewayBotStatus == 200
            ? Results.Text($$"""
                {"url": "{{Gateway.GatewayUrl}}", "shards": {{RecommendedShards}}, "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 14400000, "max_concurrency": 1} }
                """, "application/json")
            : Results.Text("""{"message": "401: Unauthorized", "code": 0}""", "application/json", statusCode: GatewayBotStatus));
        api.MapGet("/oauth2/applications/@me", () => Results.Text(
            $$"""{"id": "{{DiscordPayloads.ApplicationId}}", "name": "ChatBot", "bot_public": true}""", "application/json"));
        api.MapPut("/applications/{app}/commands", RegisterCommandsAsync);
        api.MapPut("/applications/{app}/guilds/{guild}/commands", RegisterCommandsAsync);
        api.MapPost("/interactions/{id}/{token}/callback", (string id) =>
            _callbacks.AddOrUpdate(id, 1, (_, n) => n + 1) == 1
                ? Results.NoContent()
                : Results.Text("""{"message": "Interaction has already been acknowledged.", "code": 40060}""", "application/json", statusCode: 400));
        api.MapPatch("/webhooks/{app}/{token}/messages/@original", () => Message());
        api.MapPost("/webhooks/{app}/{token}", () => Message());
        api.MapPost("/channels/{channel}/messages", (string channel) => RefuseChannelMessages
            ? Results.Text("""{"message": "Missing Permissions", "code": 50013}""", "application/json", statusCode: 403)
            : Message(channel));
    }

    private async Task<IResult> RegisterCommandsAsync(HttpRequest request)
    {
        if (RefuseCommandRegistrations > 0)
        {
            RefuseCommandRegistrations--;
            return Results.Text(
                """{"message": "Invalid Form Body", "code": 50035, "errors": {"0": {"contexts": {"_errors": [{"code": "BASE_TYPE_BAD", "message": "unsupported"}]}}}}""",
                "application/json", statusCode: 400);
        }

        using var reader = new StreamReader(request.Body);
        return Results.Text(await reader.ReadToEndAsync(), "application/json");
    }

    private IResult Message(string? channelId = null)
    {
        var id = (900000000000000000 + Interlocked.Increment(ref _nextMessageId)).ToString(CultureInfo.InvariantCulture);
        if (channelId is not null)
        {
            CreatedMessages.Add((channelId, id));
        }

        return Results.Text($$"""{"id": "{{id}}", "channel_id": "{{channelId ?? DiscordPayloads.ChannelId}}", "content": "", "type": 0}""", "application/json");
    }

    private async Task RecordAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value ?? "";
        if (!path.StartsWith("/api/", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        context.Request.EnableBuffering();
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        context.Request.Body.Position = 0;

        // Recorded as the response starts, before any of it reaches the bot. Recording after next() raced: a
        // response with a Content-Length is complete on the bot's side (its call returns, the test moves on)
        // before this middleware resumes, so a test could look before the request it had waited for was here.
        context.Response.OnStarting(() =>
        {
            Requests.Add(new RecordedRequest(
                context.Request.Method, path, context.Request.Headers.Authorization, context.Request.Headers.UserAgent,
                body, context.Response.StatusCode, Time.GetUtcNow()));
            return Task.CompletedTask;
        });
        var limited = _rateLimits.FirstOrDefault(r => r.TryTake(path));
        if (limited is not null)
        {
            await TooManyRequestsAsync(context, limited);
        }
        else
        {
            await next(context);
        }
    }

    private static async Task TooManyRequestsAsync(HttpContext context, RateLimitRule rule)
    {
        var retry = rule.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        context.Response.StatusCode = 429;
        context.Response.Headers["X-RateLimit-Limit"] = "5";
        context.Response.Headers["X-RateLimit-Remaining"] = "0";
        context.Response.Headers["X-RateLimit-Reset-After"] = retry;
        context.Response.Headers["X-RateLimit-Bucket"] = "abcd1234";
        context.Response.Headers["X-RateLimit-Scope"] = rule.Global ? "global" : "user";
        if (rule.Global)
        {
            context.Response.Headers["X-RateLimit-Global"] = "true";
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(
            $$"""{"message": "You are being rate limited.", "retry_after": {{retry}}, "global": {{(rule.Global ? "true" : "false")}}}""");
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }
}
