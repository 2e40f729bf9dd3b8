using Microsoft.Extensions.Logging;

namespace ChatBot.Hosting;

/// <summary>
/// Whether stack traces are shown: only when the log level is Debug or Trace
/// (<c>Logging__LogLevel__Default=Debug</c>); at the default level each problem is one line.
/// </summary>
public static class DiagnosticDetail
{
    public const string LevelVariable = "Logging__LogLevel__Default";

    public static bool ShowStackTraces => IsDetailed(Environment.GetEnvironmentVariable(LevelVariable));

    public static bool IsDetailed(string? level) => Enum.TryParse<LogLevel>(level, ignoreCase: true, out var parsed) && parsed <= LogLevel.Debug;
}
