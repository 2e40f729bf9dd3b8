using ChatBot.Core.Answering.Candidates;
using ChatBot.Core.Chunking;
using ChatBot.Core.Disagreements;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Text;

namespace ChatBot.Core.Answering;

/// <summary>
/// Splits retrieved passages into sentences and scores each by how much of the question it and its neighbours
/// cover, and whether it offers an answer of the wanted kind that the question does not already say.
/// A sentence repeated by overlapping passages is scored once.
/// </summary>
public static class EvidenceScorer
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
            var title = Tokenizer.Terms(passage.Hit.Metadata.Title ?? "");
            // Split and tokenised when the passage was indexed.
            var locals = passage.Hit.Sentences.Select(s => s.Span).ToList();
            var terms = passage.Hit.Sentences.Select(s => s.Terms).ToList();
            // The passage's terms are its sentences' terms and the title's: nothing tokenised twice.
            var context = terms.SelectMany(t => t).Concat(title).ToHashSet(StringComparer.Ordinal);
            // Every sentence of the passage shares it, so it is measured once.
            var passageCoverage = question.CoverageOf(context);
            for (var i = 0; i < locals.Count; i++)
            {
                var local = locals[i];
                var span = new TextSpan(chunk.Start + local.Start, chunk.Start + local.End);
                if (!seen.Add((chunk.StoryId, span.Start))) continue;
                var text = local.Of(chunk.Text);
                var window = new HashSet<string>(terms[i], StringComparer.Ordinal);
                if (i > 0) window.UnionWith(terms[i - 1]);
                if (i + 1 < locals.Count) window.UnionWith(terms[i + 1]);
                window.UnionWith(title);
                var coverage = Coverage(question, terms[i], window, passageCoverage, text);
                // Claims are read with the chunk's text and given the sentence's span in the story.
                IReadOnlyList<NumericClaim> claims = question.AsksForQuantity
                    ? NumericClaimExtractor.Extract(chunk.StoryId, chunk.Text, local).Select(c => c with { Sentence = span }).ToList()
                    : [];
                var focus = QuantityFocus(question, claims);
                var candidates = question.Asked.WantsCandidate ? AnswerPhrases(question, text) : [];
                if (question.Asked.Kind == AnswerKind.Quantity) candidates = candidates.Where(c => Quantifies(question, c, claims, text, terms[i])).ToList();
                var namesEntities = storiesNamingEntities?.Contains(chunk.StoryId)
                    ?? question.EntityTerms.All(t => context.Contains(t) || terms[i].Contains(t));
                var score = coverage.Combined + focus + Preference(passage, text) + (candidates.Count > 0 ? CandidateBonus : 0);
                sentences.Add(new EvidenceSentence(passage, span, text, coverage.Combined, coverage.Own, coverage.Passage, namesEntities, focus, claims, candidates, score, terms[i]));
            }
        }

        return sentences.OrderByDescending(s => s.Score).ThenBy(s => s.Passage.Rank).ThenBy(s => s.Span.Start).ToList();
    }

    /// <summary>
    /// What a sentence offering an answer of the wanted kind gains over one that only repeats the question: a
    /// quarter of the question's information, so it wins against a sentence covering up to a quarter more.
    /// </summary>
    public const double CandidateBonus = 0.25;

    /// <summary>
    /// Phrases of the wanted kind that the question does not already say (what is asked is not what is given);
    /// for "which X", also the common-noun phrases naming an X that no name already covers.
    /// </summary>
    private static List<AnswerCandidate> AnswerPhrases(QuestionProfile question, string text)
    {
        var phrases = CandidateExtractor.Extract(text);
        if (question.Asked.Kind == AnswerKind.Named)
        {
            var kindPhrases = CandidateExtractor.KindPhrases(text, question.Asked.KindTerms, question.Asked.KindClasses);
            phrases.AddRange(kindPhrases.Where(k => !phrases.Any(p => p.Span.Start < k.Span.End && k.Span.Start < p.Span.End)));
        }

        var asked = question.Asked;
        return phrases.Where(c => c.Fits(asked.Kind) && !(asked.RulesOutPeople && c.IsTitledPerson) && !(asked.RulesOutPlaces && c.IsPlace) && !question.Mentions(c)).ToList();
    }

    /// <summary>
    /// The sentence's own coverage of the question; its coverage with its passage and the story's title; and a
    /// combined score that also reads its neighbours. The combined score counts the sentence fully, what only its
    /// neighbours add half and what only the passage adds a quarter, since "the company" in a sentence about Meta leans on the text
    /// around it naming Meta. A quantity question is answered only by a sentence that states a number, so a
    /// sentence without one covers nothing of it.
    /// </summary>
    /// <param name="passage">The coverage of the sentence's passage with the title (its window is part of it).</param>
    private static (double Own, double Passage, double Combined) Coverage(
        QuestionProfile question, IReadOnlySet<string> own, HashSet<string> window, double passage, string text)
    {
        if (question.AsksForQuantity && !CandidateExtractor.StatesNumber(text)) return (0, passage, 0);
        var ownCoverage = question.CoverageOf(own);
        var windowCoverage = question.CoverageOf(window);
        return (ownCoverage, passage, ownCoverage + 0.5 * (windowCoverage - ownCoverage) + 0.25 * (passage - windowCoverage));
    }

    /// <summary>
    /// A number answers a "how many X" question only when it counts what was asked ("8,000 employees ... laid
    /// off"), not any number near the question's words. "How much", "by how much" and "what percentage" name no
    /// counted thing: a bare amount answers them ("by $500", "fell by 80%"), a count of something else
    /// ("6,500 engineers") does not; "what salary" is answered only by a sum the sentence calls a salary or ties to
    /// the question's verb. A number the claim reader leaves alone (a lone "one" or "dozen") counts what the
    /// words just after it name ("one season").
    /// </summary>
    private static bool Quantifies(QuestionProfile question, AnswerCandidate number, IReadOnlyList<NumericClaim> claims, string sentence, IReadOnlySet<string> sentenceTerms)
    {
        // The claim read from the same digits: both spans are offsets within the sentence.
        var claim = claims.FirstOrDefault(c => c.ValueSpan.Start < number.Span.End && number.Span.Start < c.ValueSpan.End);
        // "What salary" is not answered by a percentage, nor "what share" by a sum of money.
        if (question.Asked.Unit is { } unit && claim?.Category != unit) return false;
        if (claim is not null && QuantityFocus(question, [claim]) > 0) return true;
        // "What salary", "what fee" name what the sum is: a sum in a sentence that never says so ("raised the fare
        // by $12") is some other sum. "How much" and "what percentage" name only the unit, which the number shows.
        if (question.Asked.Unit == "money" && question.Asked.KindTerms.Count > 0 && !question.Asked.KindTerms.Any(k => sentenceTerms.Contains(k) || Thesaurus.Equivalents(k).Overlaps(sentenceTerms))) return false;
        if (claim is null && question.CountedStems.Count > 0) return Tokenizer.TermsOfFirstWords(sentence[number.Span.End..], CountedNounReach).Any(question.Counts);
        return question.CountedStems.Count == 0 && claim?.Counted is null;
    }

    /// <summary>How many words after a number may name what it counts: a noun with up to two modifiers.</summary>
    private const int CountedNounReach = 3;

    /// <summary>
    /// For a quantity question, a sentence whose number counts what the question asks about ("how many
    /// engineers were reassigned": a number of people with the verb reassign) is an answer whatever else it
    /// says, so each outlet's figure is in view.
    /// </summary>
    private static double QuantityFocus(QuestionProfile question, IReadOnlyList<NumericClaim> claims)
    {
        if (claims.Any(question.SharesVerb)) return 1.0;
        // The counted noun alone ties a number to the question only when the question counts it ("how many
        // engineers"), not when it asks another quantity about it ("what salary do engineers earn").
        return claims.Any(c => c.Counted is not null && question.Counts(PorterStemmer.Stem(c.Counted.ToLowerInvariant()))) ? 0.25 : 0;
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
}
