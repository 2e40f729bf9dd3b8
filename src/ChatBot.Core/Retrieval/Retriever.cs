using ChatBot.Core.Index;
using ChatBot.Core.Text;

namespace ChatBot.Core.Retrieval;

/// <summary>
/// Hybrid retrieval that keeps several outlets in view: BM25 over the question's words, BM25 over their
/// equivalents and, when the index has vectors, dense similarity, each a ranking of its own fused by reciprocal
/// rank, then diversified so no story holds more than <see cref="RetrievalOptions.MaxPerStory"/> of the
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
        var queries = new List<IndexQuery>();
        if (terms.Count > 0) queries.Add(new IndexQuery(terms, _options.Candidates, null, filter));
        // Passages that use a question word's everyday equivalent ("remain" for "stay") are candidates too, as a
        // ranking of their own: searched together with the question's words, an equivalent would weigh as much as
        // the word the asker chose, and its other senses would pull in passages about something else.
        var expanded = terms.SelectMany(Thesaurus.Equivalents).Distinct(StringComparer.Ordinal).ToList();
        if (expanded.Count > terms.Count) queries.Add(new IndexQuery(expanded, _options.Candidates, null, filter));
        if (vector is not null) queries.Add(new IndexQuery([], _options.Candidates, vector, filter));
        // The rankings and the term statistics are independent reads: run together, they cost about one. On the
        // thread pool, since Microsoft.Data.Sqlite's async methods complete synchronously.
        var statisticsRead = Task.Run(() => index.GetTermStatisticsAsync(terms, cancellationToken), cancellationToken);
        var rankings = await Task.WhenAll(queries.Select(q => Task.Run(() => index.SearchAsync(q, cancellationToken), cancellationToken)));
        var statistics = await statisticsRead;
        var hits = rankings.Length switch
        {
            0 => [],
            1 => rankings[0],
            _ => ReciprocalRankFusion.Fuse(rankings, _options.Candidates),
        };
        var matches = Matches(rankings);
        return new RetrievalResult(terms, statistics, Diversify(hits).Select(h => new RetrievedPassage(h.Hit, h.Rank, matches[h.Hit.Chunk.Id])).ToList());
    }

    /// <summary>
    /// Each chunk's score over the top score of its ranking, the best share over the rankings that found it:
    /// scores are comparable within a ranking only, and a share of the best match is what a reader means by
    /// "nearly as good a match".
    /// </summary>
    private static Dictionary<string, double> Matches(IReadOnlyList<IReadOnlyList<ChunkHit>> rankings)
    {
        var matches = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var ranking in rankings.Where(r => r.Count > 0))
        {
            var top = ranking.Max(h => h.Score);
            foreach (var hit in ranking)
            {
                var match = top > 0 ? hit.Score / top : 1;
                matches[hit.Chunk.Id] = Math.Max(matches.GetValueOrDefault(hit.Chunk.Id), match);
            }
        }

        return matches;
    }

    /// <summary>
    /// Walks the ranking and defers a passage whose story already holds its quota, so the first places go to
    /// different stories; deferred passages fill the remaining places in their original order.
    /// </summary>
    private List<(ChunkHit Hit, int Rank)> Diversify(IReadOnlyList<ChunkHit> hits)
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

        return chosen.Concat(deferred).Take(_options.Passages).Select((h, rank) => (h, rank)).ToList();
    }
}
