using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ChatBot.Tests.Support;

/// <summary>
/// Folders the executable cannot list. chmod 000 is enough for an ordinary user; root reads through it, so
/// under root the folder is also given to an unmapped owner and the executable run in a user namespace
/// (<c>unshare -r</c>), where root's override does not reach files whose owner it cannot map.
/// </summary>
public static class UnreadableFolders
{
    private const string Nobody = "65534:65534";

    public static bool IsRoot => OperatingSystem.IsLinux() && geteuid() == 0;

    /// <summary>Null when <see cref="Make"/> and <see cref="RunAsync"/> work here; otherwise why not.</summary>
    public static string? Unavailable { get; } = Probe();

    /// <summary>Makes <paramref name="folder"/> unreadable; undo with <see cref="Restore"/> so it can be deleted.</summary>
    public static void Make(string folder)
    {
        if (IsRoot) Run("chown", "-R", Nobody, folder);
        Run("chmod", "000", folder);
    }

    public static void Restore(string folder) => Run("chmod", "755", folder);

    /// <summary>Runs the executable as <see cref="CliRunner.RunAsync"/> does, where the folders made unreadable are.</summary>
    public static Task<CliRunner.Result> RunAsync(string workingDirectory, params string[] args) =>
        IsRoot ? CliRunner.RunInUserNamespaceAsync(workingDirectory, args) : CliRunner.RunAsync(workingDirectory, null, args);

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux()) return "unreadable folders are made with chmod and unshare, which are Linux tools here";
        var folder = Directory.CreateTempSubdirectory("chatbot-unreadable-probe-").FullName;
        try
        {
            var locked = Path.Combine(folder, "locked");
            Directory.CreateDirectory(locked);
            Make(locked);
            var list = IsRoot ? ["unshare", "-r", "ls", locked] : new[] { "ls", locked };
            using var process = Process.Start(new ProcessStartInfo(list[0], list[1..]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit(10_000);
            Restore(locked);
            return process.HasExited && process.ExitCode != 0 ? null : "a folder cannot be made unreadable here (root, and unshare -r does not drop root's override)";
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException or InvalidOperationException)
        {
            return $"a folder cannot be made unreadable here: {e.Message}";
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Run(string fileName, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(fileName, arguments) { RedirectStandardError = true })!;
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{fileName} failed: {process.StandardError.ReadToEnd()}");
    }

    [DllImport("libc")]
    private static extern uint geteuid();
}
