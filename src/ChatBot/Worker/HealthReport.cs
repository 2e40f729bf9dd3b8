using ChatBot.Core.Ingestion;

namespace ChatBot.Worker;

/// <summary>The body of GET /healthz.</summary>
/// <param name="Status">"ok" when the index answers, else "unavailable" (served with 503).</param>
/// <param name="Indexing">The run in progress, if any.</param>
public sealed record HealthReport(string Status, bool IndexReachable, string? IndexError, IndexingProgress? Indexing, IReadOnlyList<SourceStatus> Sources);
