using ChatBot.Core.Index;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Stories;

namespace ChatBot.Core.Tests.Retrieval;

public class ReciprocalRankFusionTests
{
    private static ChunkHit Hit(string story, double score) =>
        new(new Chunk(story, 0, 0, 4, "text"), StoryMetadata.Empty, score, []);

    [Fact]
    public void A_chunk_both_rankings_find_beats_one_that_only_tops_a_single_ranking()
    {
        // Scores of different scales (BM25, cosine) play no part: only the ranks do.
        IReadOnlyList<ChunkHit> words = [Hit("a", 12.0), Hit("b", 9.5)];
        IReadOnlyList<ChunkHit> meaning = [Hit("c", 0.91), Hit("b", 0.90)];

        var fused = ReciprocalRankFusion.Fuse([words, meaning], 10);

        Assert.Equal(["b#0", "a#0", "c#0"], fused.Select(h => h.Chunk.Id));
        Assert.Equal(2.0 / (ReciprocalRankFusion.K + 2), fused[0].Score, 9);
    }

    [Fact]
    public void The_fused_list_is_cut_at_the_limit()
    {
        IReadOnlyList<ChunkHit> words = [Hit("a", 3), Hit("b", 2), Hit("c", 1)];

        Assert.Equal(2, ReciprocalRankFusion.Fuse([words], 2).Count);
    }
}
