using System.Diagnostics;

namespace ChatBot.Tests.Support;

/// <summary>Files that are not regular files, made the way a user would make them.</summary>
public static class SpecialFiles
{
    /// <summary>A named pipe at <paramref name="path"/>, with no writer: opening it for reading blocks forever.</summary>
    public static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { RedirectStandardError = true })!;
        mkfifo.WaitForExit();
        Assert.True(mkfifo.ExitCode == 0, "mkfifo failed: " + mkfifo.StandardError.ReadToEnd());
    }
}
