using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Tests.Infrastructure;

/// <summary>Keeps every formatted log line (with exceptions) so tests can read what the bot logged.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    /// <summary>Every line so far; tests can wait for one to appear.</summary>
    public Waitable<string> Lines { get; } = new();

    public string AllText => string.Join('\n', Lines.Snapshot());

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Lines.Add($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
