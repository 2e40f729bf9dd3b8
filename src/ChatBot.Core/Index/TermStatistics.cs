namespace ChatBot.Core.Index;

/// <summary>Corpus statistics used to weigh query terms by how rare they are.</summary>
/// <param name="ChunkCount">Number of chunks in the index.</param>
/// <param name="DocumentFrequency">For each asked term, the number of chunks containing it (0 when absent).</param>
public sealed record TermStatistics(int ChunkCount, IReadOnlyDictionary<string, int> DocumentFrequency);
