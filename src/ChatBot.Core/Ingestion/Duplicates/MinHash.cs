using System.Text;

namespace ChatBot.Core.Ingestion.Duplicates;

/// <summary>
/// A MinHash signature of a text's word 5-shingles: two signatures agree in about the share of positions that
/// the texts' shingle sets overlap (their Jaccard similarity), so near-identical texts are found without
/// comparing texts. Case, punctuation and white space are ignored; deterministic across runs.
/// </summary>
public static class MinHash
{
    /// <summary>Values per signature.</summary>
    public const int Length = 64;

    private const int ShingleWords = 5;

    /// <summary>The signature of <paramref name="text"/>.</summary>
    public static ulong[] Compute(string text)
    {
        var words = Words(text);
        var signature = new ulong[Length];
        Array.Fill(signature, ulong.MaxValue);
        var count = Math.Max(1, words.Count - ShingleWords + 1);
        for (var start = 0; start < count; start++)
        {
            var shingle = Fnv1a(words, start, Math.Min(ShingleWords, words.Count - start));
            for (var i = 0; i < Length; i++)
            {
                var value = Mix(shingle ^ Seed(i));
                if (value < signature[i]) signature[i] = value;
            }
        }

        return signature;
    }

    /// <summary>Estimated Jaccard similarity: the share of positions where the signatures agree.</summary>
    public static double Similarity(ulong[] a, ulong[] b)
    {
        var same = 0;
        for (var i = 0; i < Length; i++)
        {
            if (a[i] == b[i]) same++;
        }

        return (double)same / Length;
    }

    /// <summary>Stores a signature as bytes.</summary>
    public static byte[] ToBytes(ulong[] signature)
    {
        var bytes = new byte[Length * sizeof(ulong)];
        Buffer.BlockCopy(signature, 0, bytes, 0, bytes.Length);
        return bytes;
    }

    /// <summary>Reads a signature stored by <see cref="ToBytes"/>.</summary>
    public static ulong[] FromBytes(byte[] bytes)
    {
        var signature = new ulong[Length];
        Buffer.BlockCopy(bytes, 0, signature, 0, Math.Min(bytes.Length, signature.Length * sizeof(ulong)));
        return signature;
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }

    private static ulong Fnv1a(List<string> words, int start, int count)
    {
        var hash = 14695981039346656037UL;
        for (var w = start; w < start + count; w++)
        {
            foreach (var c in words[w])
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            hash = (hash ^ ' ') * 1099511628211UL;
        }

        return hash;
    }

    private static ulong Seed(int i) => Mix(0x9E3779B97F4A7C15UL * (ulong)(i + 1));

    // SplitMix64's finaliser: a fast, well-mixed 64-bit permutation, so each seed acts as its own hash function.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
