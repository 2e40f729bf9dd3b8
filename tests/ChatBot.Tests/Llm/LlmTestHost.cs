using ChatBot.Core.Answering;
using ChatBot.Core.Index;
using ChatBot.Core.Ingestion;
using ChatBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace ChatBot.Tests.Llm;

/// <summary>
/// The real host and answer pipeline (as <c>ask</c> builds it) pointed at a loopback endpoint, with its own index
/// in a temporary folder and every log line captured at Trace.
/// </summary>
internal sealed class LlmTestHost : IAsyncDisposable
{
    public const string ApiKey = "sk-test-9f8e7d6c5b4a-secret";
    public const string ChatModel = "gpt-4o-mini";

    private readonly IHost _host;
    private readonly string _folder;

    private LlmTestHost(IHost host, string folder, FakeLogCollector logs)
    {
        _host = host;
        _folder = folder;
        Logs = logs;
    }

    /// <summary>Every log record the host wrote, at every level.</summary>
    public FakeLogCollector Logs { get; }

    /// <summary>Each record as one line (level, category, message, exception), for asserting what was and was not logged.</summary>
    public IReadOnlyList<string> LogLines => Logs.Lines();

    /// <summary>All log lines as one text.</summary>
    public string LogText => Logs.AllText();

    public IServiceProvider Services => _host.Services;

    public IAnswerService Answers => Services.GetRequiredService<IAnswerService>();

    public IStoryIndex Index => Services.GetRequiredService<IStoryIndex>();

    public AnswerPipelineFactory Factory => Services.GetRequiredService<AnswerPipelineFactory>();

    public string Folder => _folder;

    /// <summary>A host whose ChatBot:Llm points at <paramref name="endpoint"/>, with <paramref name="corpus"/> (the seeds by default) indexed.</summary>
    public static async Task<LlmTestHost> StartAsync(string? endpoint, IReadOnlyDictionary<string, string?>? settings = null, string? corpus = null, bool index = true)
    {
        var folder = Path.Combine(Path.GetTempPath(), "chatbot-llm-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var overrides = new Dictionary<string, string?>
        {
            ["ChatBot:Index:SqlitePath"] = Path.Combine(folder, "index.db"),
            ["ChatBot:Llm:Endpoint"] = endpoint,
            ["ChatBot:Llm:ChatModel"] = endpoint is null ? null : ChatModel,
            ["ChatBot:Llm:ApiKey"] = ApiKey,
            ["ChatBot:Llm:PromptsPath"] = RepositoryPaths.Prompts,
            ["ChatBot:Llm:Timeout"] = "00:00:05",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) overrides[key] = value;
        var logs = new FakeLogCollector();
        var builder = ChatBotHost.CreateBuilder(overrides, LogLevel.Trace);
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new FakeLoggerProvider(logs));
        var host = builder.Build();
        var test = new LlmTestHost(host, folder, logs);
        if (index) await test.IndexAsync(corpus ?? RepositoryPaths.Seeds);
        return test;
    }

    public Task<IndexingSummary> IndexAsync(string corpus) =>
        Factory.CreateIndexer(Index).IndexAsync(new FolderStorySource("test", corpus, new IngestionOptions()));

    public async ValueTask DisposeAsync()
    {
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await Task.Yield();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; a test must not fail on cleanup.
        }
    }
}
