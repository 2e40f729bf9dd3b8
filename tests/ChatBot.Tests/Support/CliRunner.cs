using System.Diagnostics;

namespace ChatBot.Tests.Support;

/// <summary>Runs the real executable in a child process, as a user would, and captures what it prints.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        /// <summary>The lines on standard error, blank ones left out.</summary>
        public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>
    /// The executable as built in its own output folder, in the test run's configuration. The copy beside the
    /// test assembly cannot run on its own: this project's framework reference supplies some of its assemblies.
    /// </summary>
    public static string ExecutablePath { get; } = Path.Combine(
        RepositoryPaths.Root, "src", "ChatBot", "bin", new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "net10.0", "chatbot.dll");

    public static Task<Result> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        RunProcessAsync("dotnet", [ExecutablePath, .. args], workingDirectory, environment);

    /// <summary>
    /// Runs the executable with <paramref name="readOnlyFolder"/> bind-mounted read-only in a mount namespace of
    /// its own: a read-only disk that root cannot write either, which chmod is not.
    /// </summary>
    public static Task<Result> RunOnReadOnlyFolderAsync(string workingDirectory, string readOnlyFolder, params string[] args) =>
        RunProcessAsync("unshare", ["-rm", "sh", "-c", "mount --bind -o ro \"$0\" \"$0\" && exec dotnet \"$@\"", readOnlyFolder, ExecutablePath, .. args], workingDirectory, null);

    /// <summary>Runs the executable in a user namespace of its own, where root cannot read what it does not own.</summary>
    public static Task<Result> RunInUserNamespaceAsync(string workingDirectory, params string[] args) =>
        RunProcessAsync("unshare", ["-r", "dotnet", ExecutablePath, .. args], workingDirectory, null);

    private static async Task<Result> RunProcessAsync(string fileName, IReadOnlyList<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in arguments) start.ArgumentList.Add(arg);
        // The child must not inherit configuration meant for the test host.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("ChatBot__", StringComparison.Ordinal) || k.StartsWith("Logging__", StringComparison.Ordinal)).ToList()) start.Environment.Remove(key);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within 2 minutes (it hangs).");
        }

        return new Result(process.ExitCode, await output, await error);
    }
}
