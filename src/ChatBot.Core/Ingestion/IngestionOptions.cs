using System.ComponentModel.DataAnnotations;

namespace ChatBot.Core.Ingestion;

/// <summary>Limits and choices for reading stories.</summary>
public sealed class IngestionOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "ChatBot:Ingestion";

    /// <summary>Files larger than this are skipped with a reason (default 10 MiB: no news story is that long).</summary>
    [Range(1024, 1L << 31, ErrorMessage = "ChatBot:Ingestion:MaxStoryBytes must be between 1024 and 2147483648.")]
    public long MaxStoryBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Longest one file may take to read; a stalled disk or network share is reported, and the rest still indexed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "ChatBot:Ingestion:ReadTimeout must be between 00:00:01 and 00:10:00.")]
    public TimeSpan ReadTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Read files that are not valid UTF-8 as Latin-1 instead of skipping them.</summary>
    public bool Latin1Fallback { get; set; }
}
