namespace ChatBot.Core.Answering;

/// <summary>
/// Which other independent stories state the fact a quote states: a sentence of theirs, about the question,
/// that gives the same answer phrase or figure (<see cref="Candidates.AnswerCandidate.Key"/>), or that says
/// nearly the same words. Syndicated copies of the quoted story are one story with it and never corroborate it.
/// </summary>
public static class Corroboration
{
    /// <summary>Story ids (one per independent origin) corroborating <paramref name="quoted"/>.</summary>
    public static List<string> Of(EvidenceSentence quoted, IReadOnlyList<EvidenceSentence> aboutQuestion, IReadOnlyDictionary<string, string>? origins) =>
        Of(StatedFact.Of(quoted), aboutQuestion.Select(StatedFact.Of), origins);

    /// <summary>Story ids (one per independent origin) with a fact among <paramref name="others"/> that states what <paramref name="quoted"/> states.</summary>
    public static List<string> Of(StatedFact quoted, IEnumerable<StatedFact> others, IReadOnlyDictionary<string, string>? origins)
    {
        string OriginOf(string storyId) => origins?.GetValueOrDefault(storyId) ?? storyId;
        var own = OriginOf(quoted.StoryId);
        return others
            .Where(s => OriginOf(s.StoryId) != own && (s.Keys.Overlaps(quoted.Keys) || SaysNearlyTheSame(quoted.Terms, s.Terms)))
            .GroupBy(s => OriginOf(s.StoryId), StringComparer.Ordinal)
            .Select(g => g.First().StoryId)
            .ToList();
    }

    /// <summary>Most of the shorter sentence's terms are in the other: a restatement of the same fact.</summary>
    public static bool SaysNearlyTheSame(EvidenceSentence a, EvidenceSentence b) => SaysNearlyTheSame(a.Terms, b.Terms);

    private static bool SaysNearlyTheSame(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        var shared = a.Intersect(b).Count();
        return shared >= 0.6 * Math.Min(a.Count, b.Count);
    }
}
