using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace ChatBot.Hosting;

/// <summary>
/// Writes each log entry as one line, "warn: message", so standard error carries one line per problem. The
/// same line twice (two callers reporting one unreachable endpoint) is written once when
/// <see cref="ProblemLineFormatterOptions.WriteRepeatsOnce"/> is on. Stack traces only when
/// <see cref="ProblemLineFormatterOptions.IncludeStackTraces"/> is on.
/// </summary>
public sealed class ProblemLineFormatter(IOptionsMonitor<ProblemLineFormatterOptions> options) : ConsoleFormatter(Name)
{
    public new const string Name = "problem-line";

    private readonly ConcurrentDictionary<string, byte> _written = new(StringComparer.Ordinal);

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (string.IsNullOrWhiteSpace(message)) message = logEntry.Exception?.Message ?? "";
        if (string.IsNullOrWhiteSpace(message)) return;
        var line = $"{Label(logEntry.LogLevel)}: {OneLine(message)}";
        if (options.CurrentValue.WriteRepeatsOnce && !_written.TryAdd(line, 0)) return;
        textWriter.WriteLine(line);
        if (logEntry.Exception is not null && options.CurrentValue.IncludeStackTraces) textWriter.WriteLine(logEntry.Exception.ToString());
    }

    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string Label(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        _ => "crit",
    };
}
