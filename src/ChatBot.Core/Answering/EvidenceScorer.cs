using System.Text.RegularExpressions;
using ChatBot.Core.Chunking;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Text;

namespace ChatBot.Core.Answering;

/// <summary>
/// Splits retrieved passages into sentences and scores each by how much of the question it covers.
/// A sentence repeated by overlapping passages is scored once.
/// </summary>
public static partial class EvidenceScorer
{
    /// <summary>Scored sentences, best first.</summary>
    public static List<EvidenceSentence> Score(QuestionProfile question, IReadOnlyList<RetrievedPassage> passages)
    {
        var seen = new HashSet<(string, int)>();
        var sentences = new List<EvidenceSentence>();
        foreach (var passage in passages)
        {
            var chunk = passage.Hit.Chunk;
            foreach (var local in SentenceSplitter.Split(chunk.Text))
            {
                var span = new TextSpan(chunk.Start + local.Start, chunk.Start + local.End);
                if (!seen.Add((chunk.StoryId, span.Start))) continue;
                var text = local.Of(chunk.Text);
                var terms = Tokenizer.Terms(text).ToHashSet(StringComparer.Ordinal);
                var coverage = question.CoverageOf(terms);
                sentences.Add(new EvidenceSentence(passage, span, text, coverage, coverage + Preference(question, passage, text), terms));
            }
        }

        return sentences.OrderByDescending(s => s.Score).ThenBy(s => s.Passage.Rank).ThenBy(s => s.Span.Start).ToList();
    }

    /// <summary>
    /// Small tie-breakers that never outweigh coverage: better-ranked passages, a number when the question asks
    /// for a quantity, and a penalty for fragments too short to say anything.
    /// </summary>
    private static double Preference(QuestionProfile question, RetrievedPassage passage, string text)
    {
        var preference = 0.05 / (1 + passage.Rank);
        if (question.AsksForQuantity && Number().IsMatch(text)) preference += 0.1;
        if (text.Length < 40) preference -= 0.1;
        return preference;
    }

    [GeneratedRegex(@"\d")]
    private static partial Regex Number();
}
