namespace ChatBot.Bench.Queries;

/// <summary>What one serving process measured over one index; written as JSON for the report.</summary>
internal sealed record QueryResults(
    string Corpus,
    string Mode,
    int Stories,
    int Chunks,
    int Questions,
    int Answered,
    LatencySummary RawFts,
    LatencySummary Retrieval,
    LatencySummary Answer,
    Dictionary<string, LatencySummary> RetrievalBreakdown,
    Dictionary<string, LatencySummary> AnswerBreakdown,
    double RssAfterMb,
    double ManagedHeapMb);
