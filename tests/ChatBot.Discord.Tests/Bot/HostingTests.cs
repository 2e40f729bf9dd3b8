using ChatBot.Discord.Hosting;
using ChatBot.Discord.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Tests.Bot;

[Collection(ExitCodeCollection.Name)]
public sealed class HostingTests
{
    [Fact]
    public async Task Commands_are_registered_to_the_development_guild_with_reindex_limited_to_manage_server()
    {
        await using var bot = await BotHarness.StartAsync(s => s["ChatBot:Discord:DevelopmentGuildId"] = DiscordPayloads.GuildId);

        // Registration runs beside the gateway connection: READY does not mean it has been sent yet.
        await bot.Discord.Requests.WaitForAsync(r => r.Method == "PUT", what: "command registration");
        var put = Assert.Single(bot.Discord.Requests.Snapshot(), r => r.Method == "PUT");

        Assert.Equal($"/api/v10/applications/{DiscordPayloads.ApplicationId}/guilds/{DiscordPayloads.GuildId}/commands", put.Path);
        var commands = put.Json.EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        Assert.Equal(["Check against sources", "ask", "reindex", "sources", "summarize"], commands.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("32", commands["reindex"].GetProperty("default_member_permissions").GetString());
        Assert.False(commands["ask"].TryGetProperty("default_member_permissions", out _));
        Assert.All(commands.Values.Where(c => c.GetProperty("name").GetString() != "Check against sources"), c => Assert.Equal(1, c.GetProperty("type").GetInt32()));
        var check = commands["Check against sources"];
        Assert.Equal(3, check.GetProperty("type").GetInt32());
        Assert.Equal("", check.GetProperty("description").GetString());
        Assert.False(check.TryGetProperty("options", out _));
        var question = commands["ask"].GetProperty("options")[0];
        Assert.Equal("question", question.GetProperty("name").GetString());
        Assert.True(question.GetProperty("required").GetBoolean());
    }

    [Fact]
    public async Task Commands_are_registered_globally_without_a_development_guild()
    {
        await using var bot = await BotHarness.StartAsync();

        // Registration runs beside the gateway connection: READY does not mean it has been sent yet.
        await bot.Discord.Requests.WaitForAsync(r => r.Method == "PUT", what: "command registration");
        var put = Assert.Single(bot.Discord.Requests.Snapshot(), r => r.Method == "PUT");

        Assert.Equal($"/api/v10/applications/{DiscordPayloads.ApplicationId}/commands", put.Path);
        Assert.Contains(bot.Discord.Requests.Snapshot(), r => r.Path == "/api/v10/oauth2/applications/@me");
    }

    [Fact]
    public async Task Without_a_configured_shard_count_the_bot_runs_every_shard_gateway_bot_recommends()
    {
        await using var bot = await BotHarness.StartAsync(arrange: d => d.RecommendedShards = 2, waitForReady: false);

        var identifies = await bot.Discord.Gateway.Frames.WaitForCountAsync(f => f.Op == 2, 2);

        var shards = identifies.Select(f => string.Join(",", f.D.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()))).Order();
        Assert.Equal(["0,2", "1,2"], shards);
    }

    [Fact]
    public async Task A_configured_shard_runs_alone_with_the_configured_count()
    {
        await using var bot = await BotHarness.StartAsync(s =>
        {
            s["ChatBot:Discord:ShardId"] = "3";
            s["ChatBot:Discord:ShardCount"] = "4";
        });

        var identify = Assert.Single(bot.Discord.Gateway.Frames.Snapshot(), f => f.Op == 2);

        Assert.Equal([3, 4], identify.D.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public async Task Close_4004_stops_the_host_with_a_sentence_and_a_non_zero_exit_code_without_logging_the_token()
    {
        await using var bot = await BotHarness.StartAsync(arrange: d => d.Gateway.CloseOnIdentify = 4004, waitForReady: false);
        var lifetime = bot.Host.Services.GetRequiredService<IHostApplicationLifetime>();

        try
        {
            await WhenStoppingAsync(lifetime);
            Assert.Equal(1, Environment.ExitCode);
        }
        finally
        {
            Environment.ExitCode = 0;
        }

        Assert.Contains("Discord rejected the bot token (gateway close 4004): check ChatBot__Discord__Token.", bot.Logs.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(FakeDiscord.BotToken, bot.Logs.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_401_from_gateway_bot_stops_the_host_with_a_sentence()
    {
        await using var bot = await BotHarness.StartAsync(arrange: d => d.GatewayBotStatus = 401, waitForReady: false);
        var lifetime = bot.Host.Services.GetRequiredService<IHostApplicationLifetime>();

        try
        {
            await WhenStoppingAsync(lifetime);
            Assert.Equal(1, Environment.ExitCode);
        }
        finally
        {
            Environment.ExitCode = 0;
        }

        Assert.Contains("Discord rejected the bot token (HTTP 401)", bot.Logs.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain(FakeDiscord.BotToken, bot.Logs.AllText(), StringComparison.Ordinal);
        Assert.Empty(bot.Discord.Gateway.Connections.Snapshot());
    }

    [Fact]
    public async Task An_unreachable_discord_stops_the_host_with_a_sentence()
    {
        await using var bot = await BotHarness.StartAsync(s => s["ChatBot:Discord:RestBaseUrl"] = "http://127.0.0.1:1/api/v10", waitForReady: false);
        var lifetime = bot.Host.Services.GetRequiredService<IHostApplicationLifetime>();

        try
        {
            await WhenStoppingAsync(lifetime);
            Assert.Equal(1, Environment.ExitCode);
        }
        finally
        {
            Environment.ExitCode = 0;
        }

        Assert.Contains("The Discord bot could not start:", bot.Logs.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_never_appears_in_the_logs_of_a_working_session()
    {
        var logs = "";
        await using (var bot = await BotHarness.StartAsync())
        {
            await bot.InteractAsync(DiscordPayloads.Ask("960", "Q?"));
            await bot.Discord.Gateway.DropAsync();
            await bot.Discord.Gateway.Frames.WaitForAsync(f => f.Op == 6);
            logs = bot.Logs.AllText();
        }

        Assert.Contains("resuming", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeDiscord.BotToken, logs, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_token_fails_validation_naming_the_environment_variable()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>()).Build();
        using var services = new ServiceCollection().AddLogging().AddDiscordBot(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DiscordOptions>>().Value);

        Assert.Contains("ChatBot__Discord__Token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shard_id_beyond_the_shard_count_fails_validation()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ChatBot:Discord:Token"] = "x",
            ["ChatBot:Discord:ShardId"] = "2",
            ["ChatBot:Discord:ShardCount"] = "2",
        }).Build();
        using var services = new ServiceCollection().AddLogging().AddDiscordBot(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DiscordOptions>>().Value);

        Assert.Contains("ShardId (2) must be less than", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_in_appsettings_json_is_refused_with_a_pointer_to_the_environment_variable()
    {
        var folder = Directory.CreateTempSubdirectory("chatbot-discord-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "appsettings.json"), """{"ChatBot": {"Discord": {"Token": "committed-token"}}}""");
            var configuration = new ConfigurationBuilder().SetBasePath(folder.FullName).AddJsonFile("appsettings.json").Build();
            using var services = new ServiceCollection().AddLogging().AddDiscordBot(configuration).BuildServiceProvider();

            var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DiscordOptions>>().Value);

            Assert.Contains("is set in appsettings.json", error.Message, StringComparison.Ordinal);
            Assert.Contains("ChatBot__Discord__Token", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("committed-token", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static Task WhenStoppingAsync(IHostApplicationLifetime lifetime)
    {
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStopping.Register(() => stopping.TrySetResult());
        return stopping.Task.WaitAsync(TimeSpan.FromSeconds(15));
    }
}
