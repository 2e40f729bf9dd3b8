using System.Text;
using ChatBot.Core.Stories;

namespace ChatBot.Core.Answering;

/// <summary>
/// Answers without a language model: the sentences that best cover the question, preferring different
/// stories, each quoted verbatim with an inline marker. Quotes go through <see cref="QuoteVerifier"/> like any other.
/// </summary>
public sealed class ExtractiveAnswerer(int maxCitations = 4, double minimumCoverage = RefusalPolicy.DefaultMinimumCoverage)
{
    /// <summary>A sentence is worth quoting when it scores at least this share of the best sentence's score.</summary>
    public const double RelativeScore = 0.6;

    /// <summary>Composes the answer text and its citations from scored evidence.</summary>
    public (string Text, List<Citation> Citations) Compose(IReadOnlyList<EvidenceSentence> evidence, IReadOnlyDictionary<string, Story> stories)
    {
        var chosen = Choose(evidence);
        var citations = new List<Citation>();
        var text = new StringBuilder();
        foreach (var sentence in chosen)
        {
            if (!stories.TryGetValue(sentence.StoryId, out var story)) continue;
            var citation = CitationFactory.Create(citations.Count + 1, story, sentence.Text, sentence.Span.Start);
            if (citation is null) continue;
            citations.Add(citation);
            QuotedLine.Append(text, story, citation);
        }

        return (text.ToString(), citations);
    }

    /// <summary>
    /// Greedy choice: first the best sentence of each story that clears the bar, best stories first; then further
    /// sentences by score, skipping near-repeats, until <c>maxCitations</c>.
    /// </summary>
    private List<EvidenceSentence> Choose(IReadOnlyList<EvidenceSentence> evidence)
    {
        if (evidence.Count == 0) return [];
        var bar = evidence[0].Score * RelativeScore;
        // Each quote must answer on its own: its passage names what the question names, and it covers as much of
        // the question as the refusal rule asks, or (for a quantity question) its number counts what was asked
        // in a passage about it.
        var eligible = evidence.Where(s => s.Score >= bar && s.Coverage > 0 && s.NamesEntities && (s.OwnCoverage >= minimumCoverage || IsFigureInContext(s))).ToList();
        var chosen = new List<EvidenceSentence>();
        foreach (var best in eligible.GroupBy(s => s.StoryId).Select(g => g.First()))
        {
            if (chosen.Count == maxCitations) break;
            // A syndicated copy's sentence says nothing its original has not said.
            if (chosen.Any(c => IsNearRepeat(c, best))) continue;
            chosen.Add(best);
        }

        foreach (var sentence in eligible)
        {
            if (chosen.Count >= Math.Min(maxCitations, 3)) break;
            if (chosen.Contains(sentence) || chosen.Any(c => IsNearRepeat(c, sentence))) continue;
            chosen.Add(sentence);
        }

        return chosen;
    }

    private bool IsFigureInContext(EvidenceSentence s) => s.Focus > 0 && s.PassageCoverage >= minimumCoverage;

    private static bool IsNearRepeat(EvidenceSentence a, EvidenceSentence b)
    {
        var shared = a.Terms.Intersect(b.Terms).Count();
        return shared >= 0.6 * Math.Min(a.Terms.Count, b.Terms.Count);
    }
}
