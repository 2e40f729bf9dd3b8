using System.Diagnostics;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Tests.Support;

/// <summary>Runs the real executable in a child process, as a user would, and captures what it prints.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Output, string Error);

    /// <summary>
    /// The executable as built in its own output folder, in the test run's configuration. The copy beside the
    /// test assembly cannot run on its own: this project's framework reference supplies some of its assemblies.
    /// </summary>
    public static string ExecutablePath { get; } = Path.Combine(
        RepositoryPaths.Root, "src", "ChatBot", "bin", new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "net10.0", "chatbot.dll");

    public static async Task<Result> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ExecutablePath);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // The child must not inherit configuration meant for the test host.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("ChatBot__", StringComparison.Ordinal)).ToList()) start.Environment.Remove(key);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }
}
