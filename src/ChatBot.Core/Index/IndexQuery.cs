namespace ChatBot.Core.Index;

/// <summary>
/// One ranking: by words, the index ORing <see cref="Terms"/> (already normalised by <see cref="Text.Tokenizer"/>)
/// and ranking by BM25; or, when <see cref="Vector"/> is given, by meaning, ranking by cosine similarity to it.
/// Hits keep their scores; rankings are fused by <see cref="Retrieval.Retriever"/>, never inside an index.
/// </summary>
/// <param name="Terms">Normalised query terms (stemmed, stop words removed).</param>
/// <param name="Limit">How many chunks at most.</param>
/// <param name="Vector">A dense query vector: the search is by meaning alone (an index without vectors finds nothing).</param>
/// <param name="Filter">Optional restriction by outlet, story or date.</param>
public sealed record IndexQuery(
    IReadOnlyList<string> Terms,
    int Limit = 50,
    float[]? Vector = null,
    IndexFilter? Filter = null);

/// <summary>Restricts a search. Null members do not restrict.</summary>
/// <param name="Outlets">Keep only chunks of stories from these outlets (case-insensitive).</param>
/// <param name="StoryIds">Keep only chunks of these stories.</param>
/// <param name="PublishedSince">Keep only stories published on or after this instant.</param>
public sealed record IndexFilter(
    IReadOnlyList<string>? Outlets = null,
    IReadOnlyList<string>? StoryIds = null,
    DateTimeOffset? PublishedSince = null);
