using ChatBot.Core.Ingestion;

namespace ChatBot.Worker;

/// <summary>
/// One line of POST /reindex's NDJSON answer: progress while the run goes, then its summary or an error, said
/// and coded as every verb says and codes it (<see cref="Commands.CommandErrors.Describe"/>), so the CLI that
/// asked prints and exits what it would have had it indexed itself.
/// </summary>
public sealed record ReindexStreamLine(IndexingProgress? Progress = null, IndexingSummary? Summary = null, string? Error = null, int? ExitCode = null);
