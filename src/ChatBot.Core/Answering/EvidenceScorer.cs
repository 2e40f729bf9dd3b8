using System.Text.RegularExpressions;
using ChatBot.Core.Chunking;
using ChatBot.Core.Disagreements;
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
    /// <param name="storiesNamingEntities">Stories whose text names every name the question mentions; when null, a
    /// sentence's passage and title must name them.</param>
    public static List<EvidenceSentence> Score(QuestionProfile question, IReadOnlyList<RetrievedPassage> passages, IReadOnlySet<string>? storiesNamingEntities = null)
    {
        var seen = new HashSet<(string, int)>();
        var sentences = new List<EvidenceSentence>();
        foreach (var passage in passages)
        {
            var chunk = passage.Hit.Chunk;
            var context = Tokenizer.Terms(chunk.Text + "\n" + passage.Hit.Metadata.Title).ToHashSet(StringComparer.Ordinal);
            foreach (var local in SentenceSplitter.Split(chunk.Text))
            {
                var span = new TextSpan(chunk.Start + local.Start, chunk.Start + local.End);
                if (!seen.Add((chunk.StoryId, span.Start))) continue;
                var text = local.Of(chunk.Text);
                var terms = Tokenizer.Terms(text).ToHashSet(StringComparer.Ordinal);
                var (own, coverage, passageCoverage) = Coverage(question, terms, context, text);
                // Claims are read with the chunk's text and given the sentence's span in the story.
                IReadOnlyList<NumericClaim> claims = question.AsksForQuantity
                    ? NumericClaimExtractor.Extract(chunk.StoryId, chunk.Text, local).Select(c => c with { Sentence = span }).ToList()
                    : [];
                var focus = QuantityFocus(question, claims);
                var namesEntities = storiesNamingEntities?.Contains(chunk.StoryId)
                    ?? question.EntityTerms.All(t => context.Contains(t) || terms.Contains(t));
                sentences.Add(new EvidenceSentence(passage, span, text, coverage, own, passageCoverage, namesEntities, focus, claims, coverage + focus + Preference(passage, text), terms));
            }
        }

        return sentences.OrderByDescending(s => s.Score).ThenBy(s => s.Passage.Rank).ThenBy(s => s.Span.Start).ToList();
    }

    /// <summary>
    /// The sentence's own coverage of the question; its coverage counting the words found only around it (its
    /// passage and the story's title) half, since "the company" in a sentence about Meta leans on the passage
    /// naming Meta; and the passage's coverage. A quantity question is answered only by a sentence that states a
    /// number, so a sentence without one covers nothing of it.
    /// </summary>
    private static (double Own, double Combined, double Passage) Coverage(QuestionProfile question, HashSet<string> own, IReadOnlySet<string> context, string text)
    {
        var surroundings = new HashSet<string>(context, StringComparer.Ordinal);
        surroundings.UnionWith(own);
        var passage = question.CoverageOf(surroundings);
        if (question.AsksForQuantity && !Number().IsMatch(text)) return (0, 0, passage);
        var ownCoverage = question.CoverageOf(own);
        return (ownCoverage, ownCoverage + 0.5 * (passage - ownCoverage), passage);
    }

    /// <summary>
    /// For a quantity question, a sentence whose number counts what the question asks about ("how many
    /// engineers were reassigned": a number of people with the verb reassign) is an answer whatever else it
    /// says, so each outlet's figure is in view.
    /// </summary>
    private static double QuantityFocus(QuestionProfile question, IReadOnlyList<NumericClaim> claims)
    {
        var asked = question.ClaimPredicates;
        if (claims.Any(c => c.Predicate is not null && asked.Contains(Thesaurus.Canonical(c.Predicate)))) return 1.0;
        return claims.Any(c => c.Counted is not null && asked.Contains(Thesaurus.Canonical(PorterStemmer.Stem(c.Counted.ToLowerInvariant())))) ? 0.25 : 0;
    }

    /// <summary>
    /// Small tie-breakers that never outweigh coverage: better-ranked passages, and a penalty for fragments too short to say anything.
    /// </summary>
    private static double Preference(RetrievedPassage passage, string text)
    {
        var preference = 0.05 / (1 + passage.Rank);
        if (text.Length < 40) preference -= 0.1;
        return preference;
    }

    [GeneratedRegex(@"\d")]
    private static partial Regex Number();
}
