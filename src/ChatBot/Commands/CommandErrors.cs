using ChatBot.Configuration;
using ChatBot.Core.Index;
using ChatBot.Hosting;
using ChatBot.Llm;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ChatBot.Commands;

/// <summary>
/// Turns every failure into one sentence on standard error and an exit code, instead of a stack trace (which
/// follows only when <see cref="DiagnosticDetail.ShowStackTraces"/> is on).
/// </summary>
internal static class CommandErrors
{
    public const int Failed = 1;
    public const int Usage = 2;
    public const int Unavailable = 3;
    public const int BadConfiguration = 4;

    public static async Task<int> GuardAsync(Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e)
        {
            var (message, code) = Describe(e);
            Console.Error.WriteLine(message);
            if (DiagnosticDetail.ShowStackTraces) Console.Error.WriteLine(e.ToString());
            return code;
        }
    }

    /// <summary>The sentence and exit code for a failure.</summary>
    public static (string Message, int Code) Describe(Exception e) => e switch
    {
        UsageException => (e.Message, Usage),
        // Serve said and coded it already.
        Worker.ServeFailedException serve => (serve.Message, serve.ExitCode),
        ConfigurationException => ($"Configuration error: {e.Message}", BadConfiguration),
        OptionsValidationException validation => ($"Configuration error: {OptionsFailures.Sentences(validation.Failures)}", BadConfiguration),
        AggregateException aggregate when aggregate.InnerExceptions.All(i => i is OptionsValidationException) =>
            ($"Configuration error: {OptionsFailures.Sentences(aggregate.InnerExceptions.Cast<OptionsValidationException>().SelectMany(v => v.Failures))}", BadConfiguration),
        IndexUnavailableException => (e.Message, Unavailable),
        // Raised where no index file was named (a store's own table); the index's own failures arrive as IndexUnavailableException.
        SqliteException sqlite => ($"The index file could not be used: {sqlite.Message.TrimEnd('.')}. Check ChatBot:Index:SqlitePath (or --db).", Unavailable),
        HttpRequestException or TimeoutException or LlmUnavailableException => (e.Message, Unavailable),
        DirectoryNotFoundException or FileNotFoundException or InvalidDataException or NotSupportedException or ArgumentException => (e.Message, Failed),
        OperationCanceledException => ("Cancelled.", Failed),
        _ => ($"Unexpected error: {e.Message} (set Logging__LogLevel__Default=Debug to see where).", Failed),
    };
}
