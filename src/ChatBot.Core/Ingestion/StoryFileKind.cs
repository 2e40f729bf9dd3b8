using System.Runtime.InteropServices;

namespace ChatBot.Core.Ingestion;

/// <summary>
/// What a path in a story folder is, read without opening it: opening a named pipe blocks until something
/// writes to it, and a device may never end. .NET has no public API for the file type, so on Unix this asks
/// the runtime's own native shim (the stat the BCL itself uses), which reports the type portably.
/// </summary>
internal static class StoryFileKind
{
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;

    /// <summary>Null when <paramref name="path"/> (after symbolic links) is a regular file; otherwise why it is not read.</summary>
    public static string? WhyNotRegular(string path)
    {
        if (OperatingSystem.IsWindows()) return null;
        var status = new byte[256];
        int result;
        try
        {
            result = Stat(path, status);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A runtime without the shim: every read is still bounded in time.
            return null;
        }

        if (result != 0) return Dangling(path) ?? "cannot be inspected (stat failed): skipped";
        // FileStatus starts with two ints, Flags and Mode; Mode carries the type bits.
        var mode = BitConverter.ToInt32(status, 4);
        return (mode & TypeMask) switch
        {
            Regular => null,
            0x1000 => "a named pipe (FIFO), not a regular file: skipped",
            0x2000 => "a character device, not a regular file: skipped",
            0x6000 => "a block device, not a regular file: skipped",
            0xC000 => "a socket, not a regular file: skipped",
            0x4000 => "a folder, not a file: skipped",
            _ => "not a regular file: skipped",
        };
    }

    private static string? Dangling(string path)
    {
        var link = new FileInfo(path).LinkTarget;
        return link is null ? null : $"a symbolic link to '{link}', which does not exist: skipped";
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
}
