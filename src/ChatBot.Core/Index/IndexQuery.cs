namespace ChatBot.Core.Index;

/// <summary>
/// A search request. <see cref="Terms"/> are already normalised by <see cref="Text.Tokenizer"/>;
/// the index ORs them and ranks by BM25 (or fuses with <see cref="Vector"/> when it has dense vectors).
/// </summary>
/// <param name="Terms">Normalised query terms (stemmed, stop words removed).</param>
/// <param name="Limit">How many chunks at most.</param>
/// <param name="Vector">Optional dense query vector.</param>
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
