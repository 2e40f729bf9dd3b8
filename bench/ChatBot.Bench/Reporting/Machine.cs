using System.Runtime.InteropServices;

namespace ChatBot.Bench.Reporting;

/// <summary>The machine the figures were taken on.</summary>
internal sealed record Machine(int Cores, double MemoryGb, string Cpu, string Os, string Runtime, string LoadAtStart, string LoadAtEnd)
{
    public static Machine Current(string loadAtStart) => new(
        Environment.ProcessorCount,
        ProcField("/proc/meminfo", "MemTotal") is { } total && double.TryParse(total.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], out var kb) ? kb / 1048576.0 : 0,
        ProcField("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        loadAtStart,
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?");

    public override string ToString() => $"{Cores} cores ({Cpu}), {MemoryGb:0.0} GB memory, {Os}, {Runtime}";

    private static string? ProcField(string path, string key)
    {
        if (!File.Exists(path)) return null;
        return File.ReadLines(path)
            .Where(l => l.StartsWith(key, StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())
            .FirstOrDefault();
    }
}
