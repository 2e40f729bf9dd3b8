namespace ChatBot.Core.Answering.Candidates;

/// <summary>
/// Tallies the answer phrases of the supporting sentences: a phrase several independent stories give near the
/// question's key terms is stronger than one story's. Each story votes once for a phrase, with its best
/// sentence's coverage of the question; a shorter form votes for the longer name it is part of ("Duncan" for
/// "Tim Duncan").
/// </summary>
public static class CandidateVote
{
    /// <summary>Phrases by support, strongest first.</summary>
    public static List<VotedCandidate> Tally(IReadOnlyList<EvidenceSentence> supporting)
    {
        var mentions = supporting
            .SelectMany(s => s.Candidates.Select(c => (Sentence: s, Candidate: c)))
            .ToList();
        var byKey = mentions.GroupBy(m => m.Candidate.Key, StringComparer.Ordinal).ToList();
        var voted = new List<VotedCandidate>();
        foreach (var group in byKey)
        {
            var terms = group.First().Candidate.Terms;
            // Shorter forms contained in this name back it too.
            var backing = mentions.Where(m => m.Candidate.Key == group.Key || (m.Candidate.Terms.Count < terms.Count && m.Candidate.Terms.IsSubsetOf(terms))).ToList();
            var support = backing
                .GroupBy(m => m.Sentence.StoryId, StringComparer.Ordinal)
                .Sum(story => story.Max(m => Weight(m.Sentence, m.Candidate)));
            var best = group.OrderByDescending(m => Weight(m.Sentence, m.Candidate)).First();
            voted.Add(new VotedCandidate(group.Key, best.Candidate.Text, support, backing.Where(m => m.Candidate.Key == group.Key).Select(m => m.Sentence).Distinct().ToList()));
        }

        return voted.OrderByDescending(v => v.Support).ThenByDescending(v => v.Text.Length).ToList();
    }

    /// <summary>A mention's vote: its sentence's coverage of the question, halved for a lone sentence-opening word.</summary>
    private static double Weight(EvidenceSentence sentence, AnswerCandidate candidate) =>
        sentence.Coverage * (candidate.Confident ? 1.0 : 0.5);
}

/// <summary>A phrase with its support and the sentences that state it, best first.</summary>
/// <param name="Key">The phrase's terms, sorted and joined (<see cref="AnswerCandidate.Key"/>).</param>
/// <param name="Text">The phrase as its best sentence writes it.</param>
/// <param name="Support">Sum over stories of each story's best vote.</param>
/// <param name="Sentences">The sentences stating exactly this phrase.</param>
public sealed record VotedCandidate(string Key, string Text, double Support, IReadOnlyList<EvidenceSentence> Sentences);
