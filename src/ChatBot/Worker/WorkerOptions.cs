using System.ComponentModel.DataAnnotations;

namespace ChatBot.Worker;

/// <summary>How the indexing worker of <c>serve</c> runs.</summary>
public sealed class WorkerOptions
{
    public const string SectionName = "ChatBot:Worker";

    /// <summary>Index every source when the worker starts (else each waits for its first interval).</summary>
    public bool IndexOnStart { get; set; } = true;

    /// <summary>Loopback port of GET /healthz; 0 picks a free port (it is logged).</summary>
    [Range(0, 65535, ErrorMessage = "ChatBot:Worker:HealthPort must be between 0 and 65535.")]
    public int HealthPort { get; set; } = 5089;

    /// <summary>Serve /healthz at all.</summary>
    public bool HealthEnabled { get; set; } = true;

    /// <summary>Quiet time after the last file change in a watched folder before it is reindexed.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00", ErrorMessage = "ChatBot:Worker:FolderDebounce must be between 00:00:00.010 and 00:10:00.")]
    public TimeSpan FolderDebounce { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Watch folder sources for changes; their Interval rescans them anyway, as a fallback.</summary>
    public bool WatchFolders { get; set; } = true;
}
