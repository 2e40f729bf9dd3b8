using ChatBot.Discord.Rest;
using ChatBot.Discord.Tests.Infrastructure;

namespace ChatBot.Discord.Tests.Rest;

public sealed class DiscordRestClientTests
{
    [Fact]
    public async Task Requests_carry_the_bot_authorization_and_the_DiscordBot_user_agent()
    {
        await using var discord = await FakeDiscord.StartAsync();
        using var services = RestClientFactory.Create(discord, out var client);

        var gateway = await client.GetGatewayBotAsync();

        var request = Assert.Single(discord.Requests.Snapshot());
        Assert.Equal("GET /api/v10/gateway/bot", $"{request.Method} {request.Path}");
        Assert.Equal("Bot " + FakeDiscord.BotToken, request.Authorization);
        Assert.Matches(@"^DiscordBot \(https?://[^,]+, [0-9.]+\)$", request.UserAgent);
        Assert.Equal(discord.Gateway.GatewayUrl, gateway.Url);
        Assert.Equal(1, gateway.SessionStartLimit.MaxConcurrency);
    }

    [Fact]
    public async Task A_429_is_retried_after_retry_after_and_nothing_is_lost()
    {
        await using var discord = await FakeDiscord.StartAsync();
        using var services = RestClientFactory.Create(discord, out var client);
        discord.RateLimitNext("/channels/", retryAfterSeconds: 0.3);

        var started = DateTimeOffset.UtcNow;
        await Task.WhenAll(Enumerable.Range(0, 5).Select(i =>
            client.CreateMessageAsync(DiscordPayloads.ChannelId, new MessageBody($"message {i}"))));

        var requests = discord.Requests.Snapshot();
        var limited = Assert.Single(requests, r => r.Status == 429);
        var delivered = requests.Where(r => r.Status == 200).Select(r => r.Json.GetProperty("content").GetString()).Order().ToList();
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"message {i}"), delivered);
        var retried = requests.Where(r => r.Status == 200 && r.Body == limited.Body).Single();
        Assert.True(retried.At - limited.At >= TimeSpan.FromMilliseconds(290), $"retried after {(retried.At - limited.At).TotalMilliseconds} ms");
        Assert.True(DateTimeOffset.UtcNow - started < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_global_429_holds_back_requests_on_other_routes_too()
    {
        await using var discord = await FakeDiscord.StartAsync();
        using var services = RestClientFactory.Create(discord, out var client);
        discord.RateLimitNext("", retryAfterSeconds: 0.3, global: true);

        await client.CreateMessageAsync(DiscordPayloads.ChannelId, new MessageBody("first"));
        await client.CreateFollowupAsync(DiscordPayloads.ApplicationId, "token", new MessageBody("second"));

        var requests = discord.Requests.Snapshot();
        Assert.Equal([429, 200, 200], requests.Select(r => r.Status));
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromMilliseconds(290));
    }

    [Fact]
    public async Task Every_message_body_says_allowed_mentions_parse_empty()
    {
        await using var discord = await FakeDiscord.StartAsync();
        using var services = RestClientFactory.Create(discord, out var client);

        await client.CreateMessageAsync(DiscordPayloads.ChannelId, new MessageBody("hi @everyone", MessageReference: new MessageReference("42", DiscordPayloads.ChannelId)));
        await client.RespondToInteractionAsync("1", "t", InteractionResponse.Message(MessageBody.Ephemeral("hi")));
        await client.EditOriginalResponseAsync(DiscordPayloads.ApplicationId, "t", new MessageBody("edit"));
        await client.CreateFollowupAsync(DiscordPayloads.ApplicationId, "t", new MessageBody("more"));

        var bodies = discord.MessageBodies();
        Assert.Equal(4, bodies.Count);
        Assert.All(bodies, b => Assert.Equal("""{"parse":[]}""", b.Message.GetProperty("allowed_mentions").GetRawText()));
        var reply = bodies[0].Message.GetProperty("message_reference");
        Assert.Equal("42", reply.GetProperty("message_id").GetString());
        Assert.Equal(64, bodies[1].Message.GetProperty("flags").GetInt32());
    }

    [Fact]
    public async Task The_callback_and_edit_use_the_documented_routes()
    {
        await using var discord = await FakeDiscord.StartAsync();
        using var services = RestClientFactory.Create(discord, out var client);

        await client.RespondToInteractionAsync("786008729715212338", "A_UNIQUE_TOKEN", InteractionResponse.Deferred(ephemeral: false));
        await client.EditOriginalResponseAsync(DiscordPayloads.ApplicationId, "A_UNIQUE_TOKEN", new MessageBody("done"));

        var requests = discord.Requests.Snapshot();
        Assert.Equal("POST /api/v10/interactions/786008729715212338/A_UNIQUE_TOKEN/callback", $"{requests[0].Method} {requests[0].Path}");
        Assert.Equal("""{"type":5}""", requests[0].Body);
        Assert.Equal($"PATCH /api/v10/webhooks/{DiscordPayloads.ApplicationId}/A_UNIQUE_TOKEN/messages/@original", $"{requests[1].Method} {requests[1].Path}");
    }

    [Fact]
    public async Task A_rejected_token_raises_an_authentication_error()
    {
        await using var discord = await FakeDiscord.StartAsync();
        discord.GatewayBotStatus = 401;
        using var services = RestClientFactory.Create(discord, out var client);

        await Assert.ThrowsAsync<DiscordAuthenticationException>(() => client.GetGatewayBotAsync());
    }
}
