using ChatBot.Core.Stories;

namespace ChatBot.Core.Index;

/// <summary>
/// A chunk returned by a search, carrying everything a citation needs so an answer needs no second lookup.
/// </summary>
/// <param name="Score">Higher is better; comparable only within one result list.</param>
/// <param name="Sentences">The chunk's sentences and their terms, as found when it was indexed.</param>
public sealed record ChunkHit(Chunk Chunk, StoryMetadata Metadata, double Score, IReadOnlyList<PassageSentence> Sentences);
