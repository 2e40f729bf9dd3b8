using System.ComponentModel.DataAnnotations;

namespace ChatBot.Configuration;

/// <summary>One place stories come from, as listed under ChatBot:Sources.</summary>
public sealed class SourceOptions
{
    /// <summary>A name unique among the sources; stories remember it.</summary>
    [Required]
    public string Name { get; set; } = "";

    /// <summary>Folder, Feed or Page.</summary>
    [Required]
    [RegularExpression("^(?i)(folder|feed|page)$", ErrorMessage = "Type must be Folder, Feed or Page.")]
    public string Type { get; set; } = "Folder";

    /// <summary>The folder, for Type = Folder.</summary>
    public string? Path { get; set; }

    /// <summary>The feed or page address, for Type = Feed or Page.</summary>
    public string? Url { get; set; }

    /// <summary>How often the worker re-reads the source.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Outlet name to use when the stories do not state one.</summary>
    public string? Outlet { get; set; }
}
