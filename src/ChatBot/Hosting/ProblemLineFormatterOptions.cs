using Microsoft.Extensions.Logging.Console;

namespace ChatBot.Hosting;

/// <summary>Options of <see cref="ProblemLineFormatter"/>.</summary>
public sealed class ProblemLineFormatterOptions : ConsoleFormatterOptions
{
    /// <summary>Print the exception with its stack trace under the line (on at Debug and Trace).</summary>
    public bool IncludeStackTraces { get; set; }

    /// <summary>Write a line seen before only once (for one-shot commands; a long-running process logs every occurrence).</summary>
    public bool WriteRepeatsOnce { get; set; } = true;
}
