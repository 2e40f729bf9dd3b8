namespace ChatBot.Core.Index;

/// <summary>Corpus statistics used to weigh query terms by how rare they are.</summary>
/// <param name="ChunkCount">Number of chunks in the index.</param>
/// <param name="DocumentFrequency">For each asked term, the number of chunks containing it (0 when absent).</param>
public sealed record TermStatistics(int ChunkCount, IReadOnlyDictionary<string, int> DocumentFrequency)
{
    /// <summary>BM25's inverse document frequency, which never goes negative.</summary>
    public double InverseDocumentFrequency(string term)
    {
        var df = DocumentFrequency.TryGetValue(term, out var n) ? n : 0;
        return Math.Log(1 + (ChunkCount - df + 0.5) / (df + 0.5));
    }
}
