using ChatBot.Core.Ingestion;

namespace ChatBot.Worker;

/// <summary>
/// One line of POST /reindex's NDJSON answer: progress while the run goes, then its summary or an error.
/// <paramref name="IndexUnavailable"/> marks an error that is the index's, so the CLI exits 3 for it as it does
/// when it indexes itself.
/// </summary>
public sealed record ReindexStreamLine(IndexingProgress? Progress = null, IndexingSummary? Summary = null, string? Error = null, bool IndexUnavailable = false);
