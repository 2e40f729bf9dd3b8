using System.Text;
using ChatBot.Core.Text;

namespace ChatBot.Core.Index.Qdrant;

/// <summary>
/// Lexical vectors computed locally with the same <see cref="Tokenizer"/> as the SQLite index, so lexical search
/// needs no embedding model. A chunk's weight for a term is BM25's term-frequency saturation; the other half
/// of BM25, the inverse document frequency, is applied by Qdrant at query time (<c>modifier: idf</c>).
/// </summary>
public static class Bm25SparseEncoder
{
    /// <summary>BM25's term-frequency saturation.</summary>
    public const double K1 = 1.2;

    /// <summary>BM25's length normalisation.</summary>
    public const double B = 0.75;

    /// <summary>
    /// The average chunk length (in terms) that lengths are normalised against. Qdrant has no corpus-wide
    /// average to offer at write time, so a fixed value stands in for it (as FastEmbed's BM25 does). Chunks are
    /// made to a target size, so their lengths vary little around it: the default chunker's passages of 500 to
    /// 1,000 characters average 81 terms, on the seed stories and on 400 BBC articles alike.
    /// </summary>
    public const double AverageChunkTerms = 80;

    /// <summary>The stable index of a term: FNV-1a over its UTF-8 bytes, the same on every machine and run.</summary>
    public static uint TermIndex(string term)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(term))
        {
            hash ^= b;
            hash *= 16777619u;
        }

        return hash;
    }

    /// <summary>The weighted terms of a chunk's text.</summary>
    public static SparseVector ForChunk(string text)
    {
        var terms = Tokenizer.Terms(text);
        var counts = new SortedDictionary<uint, int>();
        foreach (var term in terms)
        {
            // Two terms hashing alike share one index; their counts add up, as if they were one word.
            var index = TermIndex(term);
            counts[index] = counts.GetValueOrDefault(index) + 1;
        }

        var norm = K1 * (1 - B + B * terms.Count / AverageChunkTerms);
        var values = counts.Values.Select(tf => (float)(tf * (K1 + 1) / (tf + norm))).ToList();
        return new SparseVector(counts.Keys.ToList(), values);
    }

    /// <summary>The query vector for already normalised terms: each distinct term once, weight 1.</summary>
    public static SparseVector ForQuery(IEnumerable<string> terms)
    {
        var indices = new SortedSet<uint>(terms.Select(TermIndex));
        return new SparseVector(indices.ToList(), indices.Select(_ => 1f).ToList());
    }
}
