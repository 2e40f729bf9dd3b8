using ChatBot.Core.Ingestion;

namespace ChatBot.Worker;

/// <summary>One line of POST /reindex's NDJSON answer: progress while the run goes, then its summary or an error.</summary>
public sealed record ReindexStreamLine(IndexingProgress? Progress = null, IndexingSummary? Summary = null, string? Error = null);
