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

    /// <summary>Read files that are not valid UTF-8 as Latin-1 instead of skipping them.</summary>
    public bool Latin1Fallback { get; set; }
}
