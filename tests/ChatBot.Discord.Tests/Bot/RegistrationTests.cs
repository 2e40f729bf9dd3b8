using ChatBot.Discord.Hosting;
using ChatBot.Discord.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Discord.Tests.Bot;

public sealed class RegistrationTests
{
    [Fact]
    public async Task A_refused_registration_is_logged_with_the_body_mentions_are_still_answered_and_it_is_retried()
    {
        await using var bot = await BotHarness.StartAsync(
            arrange: d => d.RefuseCommandRegistrations = 2,
            services: s => s.AddSingleton(new RegistrationTimings { BaseDelay = TimeSpan.FromMilliseconds(50) }));

        await bot.Logs.WaitForLineAsync(l => l.Contains("Registering the commands failed", StringComparison.Ordinal), what: "registration failure");
        await bot.Discord.Gateway.DispatchAsync(
            "MESSAGE_CREATE", DiscordPayloads.MentionMessage("334385199974967050", $"<@{DiscordPayloads.BotUserId}> Who moved?"));
        await bot.Discord.Requests.WaitForAsync(r => r.Path.EndsWith("/messages", StringComparison.Ordinal), what: "the mention's reply");
        var puts = await bot.Discord.Requests.WaitForCountAsync(r => r.Method == "PUT", 3, what: "registration attempts");

        Assert.Equal([400, 400, 200], puts.Select(p => p.Status));
        Assert.Contains("BASE_TYPE_BAD", bot.Logs.AllText(), StringComparison.Ordinal);
        await bot.Logs.WaitForLineAsync(l => l.Contains("Registered 5 commands", StringComparison.Ordinal), what: "registered");
        Assert.False(bot.Host.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
    }

    [Fact]
    public async Task The_gateway_handshake_sends_the_same_user_agent_as_rest()
    {
        await using var bot = await BotHarness.StartAsync();

        var connection = await bot.Discord.Gateway.Connections.WaitForAsync(_ => true);
        var rest = bot.Discord.Requests.Snapshot()[0];

        Assert.StartsWith("DiscordBot (https://github.com/chatbot-news/chatbot, ", connection.UserAgent, StringComparison.Ordinal);
        Assert.Equal(rest.UserAgent, connection.UserAgent);
    }
}
