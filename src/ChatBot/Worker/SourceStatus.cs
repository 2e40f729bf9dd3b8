namespace ChatBot.Worker;

/// <summary>How the last indexing run of one source went.</summary>
/// <param name="LastError">Why the source could not be read at all, or a note about the stories that failed; null when all went well.</param>
public sealed record SourceStatus(
    string Name,
    DateTimeOffset LastRunStarted,
    DateTimeOffset? LastRunFinished,
    int Added,
    int Updated,
    int Removed,
    int Unchanged,
    int Failed,
    string? LastError);
