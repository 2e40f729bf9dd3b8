using System.Text.RegularExpressions;
using ChatBot.Core.Text;

namespace ChatBot.Core.Answering.Candidates;

/// <summary>
/// Tallies the answer phrases of the supporting sentences. A mention votes with its sentence's coverage of the
/// question, more when it stands close to the question's own words in that sentence (answers sit beside what
/// the question names: "Buffalo Bills safety Damar Hamlin"; a word's everyday equivalent counts, as it does for
/// coverage: "remained in Lyon" for "stay"), and twice when the noun the question asks for is
/// beside it ("which planet": "the planet Jupiter"). Each story votes once for a phrase, with its best mention;
/// further stories add half their vote, so a phrase several independent stories give is stronger than one
/// story's, without a name every story repeats winning by ubiquity. A shorter form votes for the longer name
/// it is part of ("Duncan" for "Tim Duncan").
/// </summary>
public static partial class CandidateVote
{
    /// <summary>Words between a mention and the question's nearest word at which its vote halves.</summary>
    public const double HalfVoteDistance = 6;

    /// <summary>How many words may stand between a phrase and the asked noun for the noun to name it.</summary>
    public const int KindNounReach = 5;

    /// <summary>Phrases by support, strongest first.</summary>
    public static List<VotedCandidate> Tally(QuestionProfile question, IReadOnlyList<EvidenceSentence> supporting)
    {
        var mentions = new List<(EvidenceSentence Sentence, AnswerCandidate Candidate, double Weight)>();
        foreach (var sentence in supporting)
        {
            if (sentence.Candidates.Count == 0) continue;
            var words = WordsOf(question, sentence.Text);
            foreach (var candidate in sentence.Candidates)
            {
                mentions.Add((sentence, candidate, Weight(question, sentence, candidate, words)));
            }
        }

        var voted = new List<VotedCandidate>();
        foreach (var group in mentions.GroupBy(m => m.Candidate.Key, StringComparer.Ordinal))
        {
            var terms = group.First().Candidate.Terms;
            // Shorter forms contained in this name back it too.
            var backing = mentions.Where(m => m.Candidate.Key == group.Key || (m.Candidate.Terms.Count < terms.Count && m.Candidate.Terms.IsSubsetOf(terms)));
            var perStory = backing.GroupBy(m => m.Sentence.StoryId, StringComparer.Ordinal).Select(story => story.Max(m => m.Weight)).OrderDescending().ToList();
            var support = perStory[0] + 0.5 * perStory.Skip(1).Sum();
            var ordered = group.OrderByDescending(m => m.Weight).ToList();
            voted.Add(new VotedCandidate(group.Key, ordered[0].Candidate.Text, support, ordered.Select(m => m.Sentence).Distinct().ToList()));
        }

        return voted.OrderByDescending(v => v.Support).ThenByDescending(v => v.Text.Length).ToList();
    }

    private static double Weight(QuestionProfile question, EvidenceSentence sentence, AnswerCandidate candidate, List<SentenceWord> words)
    {
        var distance = double.MaxValue;
        var kindNearby = false;
        foreach (var (start, end, asked, kindNoun) in words)
        {
            if (start >= candidate.Span.Start && end <= candidate.Span.End) continue;
            var gap = WordsBetween(words, candidate, start);
            if (asked) distance = Math.Min(distance, gap);
            if (kindNoun && gap <= KindNounReach) kindNearby = true;
        }

        var proximity = distance == double.MaxValue ? 0.5 : 1 / (1 + distance / HalfVoteDistance);
        // A number or a date may answer "what cap", but a name is the likelier answer to "what X", so other shapes
        // count half, as a lone sentence-opening capital does.
        var likelyShape = candidate.Confident && (question.Asked.Kind != AnswerKind.Named || candidate.Kind == AnswerKind.Named);
        return sentence.Coverage * proximity * (likelyShape ? 1 : 0.5) * (kindNearby ? 2 : 1);
    }

    /// <summary>How many words stand between the candidate and the word starting at <paramref name="start"/>.</summary>
    private static int WordsBetween(List<SentenceWord> words, AnswerCandidate candidate, int start)
    {
        var (from, to) = start < candidate.Span.Start ? (start, candidate.Span.Start) : (candidate.Span.End, start);
        return words.Count(w => w.Start >= from && w.End <= to && w.Start != start);
    }

    /// <summary>
    /// The sentence's words (stop words kept as positions), each marked once, for all its candidates: whether it
    /// says one of the question's words or an everyday equivalent, and whether it is the asked noun.
    /// </summary>
    private static List<SentenceWord> WordsOf(QuestionProfile question, string text) =>
        Word().Matches(text).Select(m =>
        {
            var term = Tokenizer.Terms(m.Value).FirstOrDefault();
            var kindNoun = term is not null && question.Asked.KindTerms.Contains(term);
            return new SentenceWord(m.Index, m.Index + m.Length, term is not null && !kindNoun && question.Says(term), kindNoun);
        }).ToList();

    /// <summary>A word of a sentence: where it stands, whether it is one of the question's words, whether it is the asked noun.</summary>
    private readonly record struct SentenceWord(int Start, int End, bool Asked, bool KindNoun);

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’]*")]
    private static partial Regex Word();
}

/// <summary>A phrase with its support and the sentences that state it, best first.</summary>
/// <param name="Key">The phrase's terms, sorted and joined (<see cref="AnswerCandidate.Key"/>).</param>
/// <param name="Text">The phrase as its best sentence writes it.</param>
/// <param name="Support">The best story's vote plus half of every other story's.</param>
/// <param name="Sentences">The sentences stating exactly this phrase, best first.</param>
public sealed record VotedCandidate(string Key, string Text, double Support, IReadOnlyList<EvidenceSentence> Sentences);
