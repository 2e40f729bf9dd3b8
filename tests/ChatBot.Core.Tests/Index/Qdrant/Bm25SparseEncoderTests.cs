using ChatBot.Core.Index.Qdrant;
using ChatBot.Core.Text;

namespace ChatBot.Core.Tests.Index.Qdrant;

public sealed class Bm25SparseEncoderTests
{
    [Fact]
    public void Term_indices_are_the_same_on_every_run_and_machine()
    {
        // FNV-1a of the UTF-8 bytes; string.GetHashCode would change from run to run.
        Assert.Equal(1344886219u, Bm25SparseEncoder.TermIndex("harbor"));
    }

    [Fact]
    public void Chunk_weights_saturate_as_a_term_repeats()
    {
        var once = Weight("rivets bolts", "rivet");
        var twice = Weight("rivets rivets", "rivet");
        var thrice = Weight("rivets rivets rivets", "rivet");

        Assert.True(once < twice && twice < thrice);
        Assert.True(thrice - twice < twice - once);
        Assert.True(thrice < Bm25SparseEncoder.K1 + 1);
    }

    [Fact]
    public void Chunk_vector_has_unique_ascending_indices_from_the_tokenizer_terms()
    {
        var vector = Bm25SparseEncoder.ForChunk("The harbor bridge and the harbor's 6,500 rivets.");

        var expected = Tokenizer.DistinctTerms("The harbor bridge and the harbor's 6,500 rivets.").Select(Bm25SparseEncoder.TermIndex).Order();
        Assert.Equal(expected, vector.Indices);
        Assert.Equal(vector.Indices.Count, vector.Values.Count);
    }

    [Fact]
    public void Query_vector_weighs_each_distinct_term_once()
    {
        var vector = Bm25SparseEncoder.ForQuery(["harbor", "bridg", "harbor"]);

        Assert.Equal(new[] { "bridg", "harbor" }.Select(Bm25SparseEncoder.TermIndex).Order(), vector.Indices);
        Assert.Equal([1f, 1f], vector.Values);
    }

    private static float Weight(string text, string term)
    {
        var vector = Bm25SparseEncoder.ForChunk(text);
        var position = vector.Indices.ToList().IndexOf(Bm25SparseEncoder.TermIndex(term));
        return vector.Values[position];
    }
}
