using ChatBot.Core.Index;
using ChatBot.Core.Text;

namespace ChatBot.Core.Retrieval;

/// <summary>
/// Hybrid retrieval that keeps several outlets in view: BM25 (fused with dense similarity when the index has
/// vectors), then diversified so no story holds more than <see cref="RetrievalOptions.MaxPerStory"/> of the
/// passages while other stories have matching ones.
/// </summary>
public sealed class Retriever(IStoryIndex index, RetrievalOptions? options = null, IQueryEmbedder? embedder = null)
{
    private readonly RetrievalOptions _options = options ?? RetrievalOptions.Default;

    /// <summary>Finds passages for <paramref name="question"/>.</summary>
    public async Task<RetrievalResult> RetrieveAsync(string question, IndexFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var terms = Tokenizer.DistinctTerms(question);
        var vector = embedder is null ? null : await embedder.EmbedAsync(question, cancellationToken);
        // Passages that use a question word's everyday equivalent ("remain" for "stay") are candidates too.
        var searchTerms = terms.SelectMany(Thesaurus.Equivalents).Distinct(StringComparer.Ordinal).ToList();
        var hits = searchTerms.Count == 0 && vector is null
            ? []
            : await index.SearchAsync(new IndexQuery(searchTerms, _options.Candidates, vector, filter), cancellationToken);
        var statistics = await index.GetTermStatisticsAsync(terms, cancellationToken);
        return new RetrievalResult(terms, statistics, Diversify(hits));
    }

    /// <summary>
    /// Walks the ranking and defers a passage whose story already holds its quota, so the first places go to
    /// different stories; deferred passages fill the remaining places in their original order.
    /// </summary>
    private List<RetrievedPassage> Diversify(IReadOnlyList<ChunkHit> hits)
    {
        var perStory = new Dictionary<string, int>(StringComparer.Ordinal);
        var chosen = new List<ChunkHit>();
        var deferred = new List<ChunkHit>();
        foreach (var hit in hits)
        {
            var count = perStory.GetValueOrDefault(hit.Chunk.StoryId);
            if (count < _options.MaxPerStory)
            {
                perStory[hit.Chunk.StoryId] = count + 1;
                chosen.Add(hit);
            }
            else
            {
                deferred.Add(hit);
            }

            if (chosen.Count == _options.Passages) break;
        }

        return chosen.Concat(deferred).Take(_options.Passages).Select((h, rank) => new RetrievedPassage(h, rank)).ToList();
    }
}
