using System.Text.Json.Nodes;
using ChatBot.Core.Answering;
using ChatBot.Core.Index;
using ChatBot.Core.Ingestion;
using ChatBot.Discord.Digests;
using ChatBot.Discord.Feedback;
using ChatBot.Discord.Gateway;
using ChatBot.Discord.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace ChatBot.Discord.Tests.Infrastructure;

/// <summary>The whole bot, as the executable hosts it through AddDiscordBot, against a fake Discord.</summary>
internal sealed class BotHarness : IAsyncDisposable
{
    public static readonly GatewayTimings FastTimings = new()
    {
        IdentifyInterval = TimeSpan.FromMilliseconds(20),
        InvalidSessionMinDelay = TimeSpan.FromMilliseconds(10),
        InvalidSessionMaxDelay = TimeSpan.FromMilliseconds(50),
        ReconnectBaseDelay = TimeSpan.FromMilliseconds(10),
        ReconnectMaxDelay = TimeSpan.FromMilliseconds(200),
        CloseTimeout = TimeSpan.FromSeconds(1),
    };

    private BotHarness(FakeDiscord discord, FakeLogCollector logs, string databasePath)
    {
        Discord = discord;
        Logs = logs;
        DatabasePath = databasePath;
    }

    /// <summary>The bot's SQLite file (feedback, digest state), in a temp folder; pass it again to play a restart.</summary>
    public string DatabasePath { get; }

    private bool _ownsDatabase;

    public FakeDiscord Discord { get; }

    public IHost Host { get; private set; } = null!;

    public FakeLogCollector Logs { get; }

    public FakeAnswerService Answers { get; } = new();

    public FakeStoryCatalog Catalog { get; } = new FakeStoryCatalog().WithStories(3);

    public FakeReindexRequests Reindex { get; } = new();

    public static async Task<BotHarness> StartAsync(
        Action<Dictionary<string, string?>>? configure = null,
        Action<FakeDiscord>? arrange = null,
        bool waitForReady = true,
        Action<IServiceCollection>? services = null,
        string? databasePath = null)
    {
        var discord = await FakeDiscord.StartAsync();
        arrange?.Invoke(discord);
        var settings = new Dictionary<string, string?>
        {
            ["ChatBot:Discord:Token"] = FakeDiscord.BotToken,
            ["ChatBot:Discord:RestBaseUrl"] = discord.RestBaseUrl,
            ["ChatBot:Discord:UserCooldownSeconds"] = "0",
            ["ChatBot:Discord:MaxConcurrentAnswersPerGuild"] = "100",
            ["ChatBot:Discord:ImmediateAnswerMilliseconds"] = "1500",
        };
        configure?.Invoke(settings);

        var logs = new FakeLogCollector();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders().AddProvider(new FakeLoggerProvider(logs)).SetMinimumLevel(LogLevel.Trace);
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }));
        builder.Services.AddSingleton(FastTimings);
        services?.Invoke(builder.Services);
        builder.Services.AddDiscordBot(builder.Configuration);
        var harness = new BotHarness(discord, logs, databasePath ?? NewDatabasePath()) { _ownsDatabase = databasePath is null };
        builder.Services.AddSingleton<IFeedbackStore>(new SqliteFeedbackStore(harness.DatabasePath));
        builder.Services.AddSingleton<IDigestLedger>(new SqliteDigestLedger(harness.DatabasePath));
        builder.Services.AddSingleton<IAnswerService>(harness.Answers);
        builder.Services.AddSingleton<IStoryCatalog>(harness.Catalog);
        builder.Services.AddSingleton<IReindexRequests>(harness.Reindex);
        harness.Host = builder.Build();
        await harness.Host.StartAsync();
        if (waitForReady)
        {
            await discord.Gateway.Frames.WaitForAsync(f => f.Op == 2, what: "Identify");
        }

        return harness;
    }

    /// <summary>Sends an INTERACTION_CREATE and waits for its callback.</summary>
    public async Task<RecordedRequest> InteractAsync(JsonObject interaction)
    {
        var id = interaction["id"]!.GetValue<string>();
        await Discord.Gateway.DispatchAsync("INTERACTION_CREATE", interaction);
        return await CallbackAsync(id);
    }

    public Task<RecordedRequest> CallbackAsync(string interactionId) =>
        Discord.Requests.WaitForAsync(r => r.Path.Contains($"/interactions/{interactionId}/", StringComparison.Ordinal), what: "callback " + interactionId);

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await Host.StopAsync(timeout.Token);
        Host.Dispose();
        await Discord.DisposeAsync();
        if (_ownsDatabase)
        {
            DeleteDatabase(DatabasePath);
        }
    }

    /// <summary>Deletes a database folder made for a test (SQLite's pooled connections are closed first).</summary>
    public static void DeleteDatabase(string databasePath)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path.GetDirectoryName(databasePath)!, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open stays in the temp folder; it is never read again.
        }
    }

    /// <summary>A fresh database path in a folder of its own.</summary>
    public static string NewDatabasePath() => Path.Combine(Path.GetTempPath(), "chatbot-discord-tests", Guid.NewGuid().ToString("N"), "bot.db");
}
