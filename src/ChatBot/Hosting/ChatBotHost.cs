using ChatBot.Configuration;
using ChatBot.Core.Index;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace ChatBot.Hosting;

/// <summary>
/// The generic host every verb runs in: appsettings.json from the working directory, then environment variables
/// (ChatBot__Section__Key; where secrets come from), then the command line's own overrides.
/// </summary>
public static class ChatBotHost
{
    /// <summary>
    /// A builder with configuration, logging to standard error, and the answer pipeline registered. Throws
    /// <see cref="ConfigurationException"/> when a file is not valid JSON or a value does not convert.
    /// </summary>
    /// <param name="overrides">Settings of the command line, over everything else.</param>
    /// <param name="minimumLevel">The log level unless Logging:LogLevel:Default says otherwise.</param>
    /// <param name="longRunning">
    /// True for <c>serve</c>: every log line is kept. A one-shot command prints a repeated line once and leaves
    /// to the command what the answer or the error sentence already says.
    /// </param>
    /// <param name="indexAccess">How the embedded index file is opened; reading verbs open it read-only.</param>
    public static HostApplicationBuilder CreateBuilder(
        IReadOnlyDictionary<string, string?>? overrides = null,
        LogLevel minimumLevel = LogLevel.Warning,
        bool longRunning = false,
        IndexAccess indexAccess = IndexAccess.ReadWrite)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = Directory.GetCurrentDirectory(),
            DisableDefaults = true,
        });
        AddJsonFile(builder.Configuration, Path.Combine(AppContext.BaseDirectory, "appsettings.json"));
        AddJsonFile(builder.Configuration, Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"));
        builder.Configuration.AddEnvironmentVariables();
        if (overrides is not null) builder.Configuration.AddInMemoryCollection(overrides);
        ConfigurationValueCheck.ThrowIfInvalid(builder.Configuration);

        AddLogging(builder, minimumLevel, longRunning);
        builder.Services.AddSingleton(new IndexAccessMode(indexAccess));
        builder.Services.AddChatBotCore();
        return builder;
    }

    /// <summary>Builds the host and validates every option now, so a bad setting stops any verb before it does anything.</summary>
    public static IHost BuildValidated(this HostApplicationBuilder builder)
    {
        var host = builder.Build();
        try
        {
            host.Services.GetService<IStartupValidator>()?.Validate();
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    private static void AddJsonFile(ConfigurationManager configuration, string path)
    {
        try
        {
            configuration.AddJsonFile(path, optional: true);
        }
        catch (InvalidDataException e)
        {
            throw new ConfigurationException([JsonFileError.Describe(path, e)], e);
        }
    }

    private static void AddLogging(HostApplicationBuilder builder, LogLevel minimumLevel, bool longRunning)
    {
        var detailed = DiagnosticDetail.IsDetailed(builder.Configuration["Logging:LogLevel:Default"]) || minimumLevel <= LogLevel.Debug;
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(minimumLevel);
        // Polly's own telemetry repeats, as "Resilience event occurred", what the bot's retry and circuit lines say
        // in a sentence; Logging:LogLevel:Polly in configuration brings it back.
        builder.Logging.AddFilter("Polly", LogLevel.None);
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        // Standard output carries answers (and --json); diagnostics go to standard error, one line each.
        builder.Logging.AddConsole(o =>
        {
            o.LogToStandardErrorThreshold = LogLevel.Trace;
            o.FormatterName = ProblemLineFormatter.Name;
        });
        builder.Logging.AddConsoleFormatter<ProblemLineFormatter, ProblemLineFormatterOptions>(o =>
        {
            o.IncludeStackTraces = detailed;
            o.WriteRepeatsOnce = !longRunning;
        });
        builder.Logging.AddFilter("System.Net.Http", LogLevel.Warning);
        // A failed start is reported once, as a sentence, by the command; not again with a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        if (longRunning || detailed) return;
        // A one-shot command says these itself: the answer carries "the language model was unavailable" and
        // the model endpoint's own line says why; an unreachable index ends the command with its sentence.
        builder.Logging.AddFilter("ChatBot.Core.Answering.Llm", LogLevel.Error);
        builder.Logging.AddFilter("ChatBot.Core.Summaries.Llm", LogLevel.Error);
        builder.Logging.AddFilter("ChatBot.Core.Index.Qdrant", LogLevel.Error);
    }
}
