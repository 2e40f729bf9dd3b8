namespace ChatBot.Core.Answering;

/// <summary>
/// Which other independent stories state the fact a quote states: a sentence of theirs, about the question,
/// that gives the same answer phrase or figure (<see cref="Candidates.AnswerCandidate.Key"/>), or that says
/// nearly the same words. Syndicated copies of the quoted story are one story with it and never corroborate it.
/// </summary>
public static class Corroboration
{
    /// <summary>Story ids (one per independent origin) corroborating <paramref name="quoted"/>.</summary>
    public static List<string> Of(EvidenceSentence quoted, IReadOnlyList<EvidenceSentence> aboutQuestion, IReadOnlyDictionary<string, string>? origins)
    {
        string OriginOf(string storyId) => origins?.GetValueOrDefault(storyId) ?? storyId;
        var own = OriginOf(quoted.StoryId);
        var keys = quoted.Candidates.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        return aboutQuestion
            .Where(s => OriginOf(s.StoryId) != own && (s.Candidates.Any(c => keys.Contains(c.Key)) || SaysNearlyTheSame(quoted, s)))
            .GroupBy(s => OriginOf(s.StoryId), StringComparer.Ordinal)
            .Select(g => g.First().StoryId)
            .ToList();
    }

    /// <summary>Most of the shorter sentence's terms are in the other: a restatement of the same fact.</summary>
    public static bool SaysNearlyTheSame(EvidenceSentence a, EvidenceSentence b)
    {
        var shared = a.Terms.Intersect(b.Terms).Count();
        return shared >= 0.6 * Math.Min(a.Terms.Count, b.Terms.Count);
    }
}
