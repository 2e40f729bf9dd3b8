namespace ChatBot.Core.Disagreements.Llm;

/// <summary>
/// Combines the numeric detector's findings with the model's: the detector's come first; a model finding is added
/// unless a detector finding already covers it (the same stories, with quotes that overlap).
/// </summary>
public static class DisagreementMerger
{
    /// <summary>The merged list.</summary>
    public static List<Disagreement> Merge(IReadOnlyList<Disagreement> detected, IReadOnlyList<Disagreement> fromModel)
    {
        var merged = detected.ToList();
        foreach (var candidate in fromModel)
        {
            if (merged.Any(existing => Covers(existing, candidate))) continue;
            merged.Add(candidate);
        }

        return merged;
    }

    private static bool Covers(Disagreement existing, Disagreement candidate) =>
        candidate.Claims.All(c => existing.Claims.Any(e => e.SourceId == c.SourceId && e.Start < c.End && c.Start < e.End));
}
