namespace ChatBot.Core.Ingestion.Duplicates;

/// <summary>
/// Groups near-identical stories. Locality-sensitive hashing (16 bands of 4 signature values) proposes pairs,
/// which are kept when their estimated similarity reaches the threshold; groups are the connected pairs.
/// Cost grows with the number of stories, not its square.
/// </summary>
public sealed class DuplicateDetector(double threshold = DuplicateDetector.DefaultThreshold)
{
    /// <summary>Shingle overlap from which two texts count as copies: syndicated copies with a changed headline or byline still pass.</summary>
    public const double DefaultThreshold = 0.7;

    private const int Bands = 16;
    private const int Rows = MinHash.Length / Bands;

    /// <summary>The groups of two or more stories, each with its origin.</summary>
    public IReadOnlyList<DuplicateGroup> Group(IReadOnlyList<DuplicateCandidate> stories)
    {
        var parent = Enumerable.Range(0, stories.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);

        for (var band = 0; band < Bands; band++)
        {
            var buckets = new Dictionary<(ulong, ulong, ulong, ulong), List<int>>();
            for (var i = 0; i < stories.Count; i++)
            {
                var s = stories[i].Signature;
                var key = (s[band * Rows], s[band * Rows + 1], s[band * Rows + 2], s[band * Rows + 3]);
                if (!buckets.TryGetValue(key, out var bucket)) buckets[key] = bucket = [];
                bucket.Add(i);
            }

            foreach (var bucket in buckets.Values.Where(b => b.Count > 1))
            {
                for (var a = 0; a < bucket.Count; a++)
                {
                    for (var b = a + 1; b < bucket.Count; b++)
                    {
                        var (x, y) = (bucket[a], bucket[b]);
                        if (Find(x) != Find(y) && MinHash.Similarity(stories[x].Signature, stories[y].Signature) >= threshold)
                        {
                            parent[Find(x)] = Find(y);
                        }
                    }
                }
            }
        }

        return Enumerable.Range(0, stories.Count)
            .GroupBy(Find)
            .Where(g => g.Count() > 1)
            .Select(g =>
            {
                var members = g.Select(i => stories[i]).ToList();
                var origin = members
                    .OrderBy(m => m.Published ?? DateTimeOffset.MaxValue)
                    .ThenBy(m => m.StoryId, StringComparer.Ordinal)
                    .First();
                return new DuplicateGroup(origin.StoryId, members.Select(m => m.StoryId).Order(StringComparer.Ordinal).ToList());
            })
            .OrderBy(g => g.OriginId, StringComparer.Ordinal)
            .ToList();
    }
}
