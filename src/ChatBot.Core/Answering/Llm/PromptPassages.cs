using ChatBot.Core.Chunking;
using ChatBot.Core.Stories;

namespace ChatBot.Core.Answering.Llm;

/// <summary>
/// Numbers passages P1, P2, … and their sentences S1, S2, … across the whole prompt, so a sentence id alone names
/// the story text it stands for. Numbering can continue after an earlier set (a follow-up search adds passages).
/// </summary>
public static class PromptPassages
{
    /// <summary>Passages from (story, start, text), numbered after <paramref name="after"/> when given.</summary>
    public static List<PromptPassage> Number(IEnumerable<(Story Story, int Start, string Text)> pieces, IReadOnlyList<PromptPassage>? after = null)
    {
        var passageNumber = after?.Count ?? 0;
        var sentenceNumber = after?.Sum(p => p.Sentences.Count) ?? 0;
        var passages = new List<PromptPassage>();
        foreach (var (story, start, text) in pieces)
        {
            var sentences = new List<PromptSentence>();
            foreach (var (at, sentence) in Sentences(text))
            {
                sentences.Add(new PromptSentence($"S{++sentenceNumber}", sentence, start + at));
            }

            if (sentences.Count == 0) continue;
            passages.Add(new PromptPassage($"P{++passageNumber}", story, start, text) { Sentences = sentences });
        }

        return passages;
    }

    /// <summary>
    /// The sentences of a text with their offsets, trimmed; a line break also ends one, so a headline or a
    /// caption is a sentence of its own and a quote is never two lines joined.
    /// </summary>
    private static IEnumerable<(int At, string Text)> Sentences(string text)
    {
        foreach (var span in SentenceSplitter.Split(text))
        {
            var at = span.Start;
            foreach (var line in span.Of(text).Split('\n'))
            {
                var trimmed = line.Trim();
                if (trimmed.Length > 0) yield return (at + line.IndexOf(trimmed, StringComparison.Ordinal), trimmed);
                at += line.Length + 1;
            }
        }
    }

    /// <summary>Each passage reduced to the given sentences of it (a summary's map step), numbered afresh.</summary>
    public static List<PromptPassage> FromSentences(IEnumerable<(Story Story, IReadOnlyList<PromptSentence> Sentences)> kept)
    {
        var passages = new List<PromptPassage>();
        var sentenceNumber = 0;
        foreach (var (story, sentences) in kept)
        {
            if (sentences.Count == 0) continue;
            var renumbered = sentences.Select(s => s with { Id = $"S{++sentenceNumber}" }).ToList();
            passages.Add(new PromptPassage($"P{passages.Count + 1}", story, renumbered[0].Start, string.Join(" ", renumbered.Select(s => s.Text))) { Sentences = renumbered });
        }

        return passages;
    }

    /// <summary>Every sentence of <paramref name="passages"/> by id, with the passage it belongs to.</summary>
    public static Dictionary<string, (PromptPassage Passage, PromptSentence Sentence)> ById(IEnumerable<PromptPassage> passages) =>
        passages.SelectMany(p => p.Sentences.Select(s => (p, s))).ToDictionary(x => x.s.Id, x => (x.p, x.s), StringComparer.OrdinalIgnoreCase);
}
