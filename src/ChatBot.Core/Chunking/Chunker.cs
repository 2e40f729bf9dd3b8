using ChatBot.Core.Stories;

namespace ChatBot.Core.Chunking;

/// <summary>
/// Groups sentences into passages of roughly <see cref="ChunkingOptions.MinChars"/> to
/// <see cref="ChunkingOptions.MaxChars"/> characters. Each passage repeats the previous passage's last sentence
/// when it is short, so a fact stated across a boundary is still found whole in one passage.
/// </summary>
public sealed class Chunker(ChunkingOptions? options = null)
{
    private readonly ChunkingOptions _options = options ?? ChunkingOptions.Default;

    /// <summary>The passages of a story, with ordinals from 0 and spans into <see cref="Story.Text"/>.</summary>
    public List<Chunk> Chunk(Story story) => Chunk(story.Id, story.Text);

    /// <summary>The passages of <paramref name="text"/>.</summary>
    public List<Chunk> Chunk(string storyId, string text)
    {
        var sentences = SentenceSplitter.Split(text);
        var groups = new List<(int First, int Last)>();
        var first = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var length = sentences[i].End - sentences[first].Start;
            var nextLength = i + 1 < sentences.Count ? sentences[i + 1].End - sentences[first].Start : int.MaxValue;
            if (i + 1 < sentences.Count && (length < _options.MinChars || nextLength <= _options.MaxChars)) continue;
            groups.Add((first, i));
            first = i + 1 < sentences.Count && i > first && sentences[i].Length <= _options.MaxOverlapChars ? i : i + 1;
        }

        MergeShortTail(groups, sentences);
        return groups
            .Select((g, ordinal) =>
            {
                var span = new TextSpan(sentences[g.First].Start, sentences[g.Last].End);
                return new Chunk(storyId, ordinal, span.Start, span.End, span.Of(text));
            })
            .ToList();
    }

    /// <summary>A last passage much shorter than the minimum joins the one before when the result stays in bounds.</summary>
    private void MergeShortTail(List<(int First, int Last)> groups, List<TextSpan> sentences)
    {
        if (groups.Count < 2) return;
        var tail = groups[^1];
        var previous = groups[^2];
        var tailLength = sentences[tail.Last].End - sentences[tail.First].Start;
        var merged = sentences[tail.Last].End - sentences[previous.First].Start;
        if (tailLength < _options.MinChars / 2 && merged <= _options.MaxChars * 1.25)
        {
            groups[^2] = (previous.First, tail.Last);
            groups.RemoveAt(groups.Count - 1);
        }
    }
}
