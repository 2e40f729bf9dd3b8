using System.Diagnostics;

namespace ChatBot.Tests.Support;

/// <summary>
/// A fact that needs a read-only bind mount in a user and mount namespace (<c>unshare -rm</c>), the way to
/// get a folder even root cannot write; skipped, with the reason shown, where the kernel or sandbox forbids it.
/// </summary>
public sealed class ReadOnlyMountFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> Unavailable = new(Probe);

    public ReadOnlyMountFactAttribute()
    {
        if (Unavailable.Value is { } reason) Skip = reason;
    }

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux()) return "read-only bind mounts are a Linux feature";
        try
        {
            var folder = Directory.CreateTempSubdirectory("chatbot-ro-probe-").FullName;
            using var process = Process.Start(new ProcessStartInfo("unshare", ["-rm", "sh", "-c", "mount --bind -o ro \"$0\" \"$0\" && ! touch \"$0/x\" 2>/dev/null", folder]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit(10_000);
            var ok = process.HasExited && process.ExitCode == 0;
            Directory.Delete(folder, recursive: true);
            return ok ? null : "unshare -rm cannot make a read-only bind mount here";
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException)
        {
            return $"unshare is not available: {e.Message}";
        }
    }
}
