using ChatBot.Core.Index;

namespace ChatBot.Core.Retrieval;

/// <summary>
/// Reciprocal rank fusion (Cormack et al. 2009): each list contributes 1 / (k + rank) per chunk, so lists
/// with incomparable scores (BM25 and cosine) combine without calibration. k = 60 as in the paper.
/// </summary>
public static class ReciprocalRankFusion
{
    /// <summary>The usual constant.</summary>
    public const int K = 60;

    /// <summary>Fuses ranked lists into one, best first; a chunk's score is its summed reciprocal rank.</summary>
    public static IReadOnlyList<ChunkHit> Fuse(IReadOnlyList<IReadOnlyList<ChunkHit>> rankings, int limit)
    {
        var fused = new Dictionary<string, (ChunkHit Hit, double Score)>(StringComparer.Ordinal);
        foreach (var ranking in rankings)
        {
            for (var rank = 0; rank < ranking.Count; rank++)
            {
                var hit = ranking[rank];
                var contribution = 1.0 / (K + rank + 1);
                fused[hit.Chunk.Id] = fused.TryGetValue(hit.Chunk.Id, out var existing)
                    ? (existing.Hit, existing.Score + contribution)
                    : (hit, contribution);
            }
        }

        return fused.Values
            .OrderByDescending(v => v.Score)
            .ThenBy(v => v.Hit.Chunk.Id, StringComparer.Ordinal)
            .Take(limit)
            .Select(v => v.Hit with { Score = v.Score })
            .ToList();
    }
}
