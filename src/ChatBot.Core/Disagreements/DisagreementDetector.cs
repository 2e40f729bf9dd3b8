using ChatBot.Core.Answering;
using ChatBot.Core.Stories;
using ChatBot.Core.Text;

namespace ChatBot.Core.Disagreements;

/// <summary>
/// Finds conflicting numeric claims between stories: claims that count the same kind of thing with the same
/// verb (or an equivalent one: "killed" and "died") ("engineers ... reassigned") but whose values differ beyond rounding. Equal values written differently
/// ("8,000" and "about 8,000 roles") agree. A disagreement always has two verified quotes from two stories.
/// </summary>
public static class DisagreementDetector
{
    /// <summary>Values within this relative distance are the same figure rounded differently.</summary>
    public const double RoundingTolerance = 0.02;

    /// <summary>Detects disagreements among <paramref name="claims"/>.</summary>
    /// <param name="stories">The stories the claims come from, by id, for quotes and outlet names.</param>
    /// <param name="relevantPredicates">When set, only claims whose verb is among these stems are compared (the question's own terms).</param>
    /// <param name="origins">Each story's origin: a syndicated copy is never set against its original.</param>
    public static List<Disagreement> Detect(
        IEnumerable<NumericClaim> claims,
        IReadOnlyDictionary<string, Story> stories,
        IReadOnlySet<string>? relevantPredicates = null,
        IReadOnlyDictionary<string, string>? origins = null)
    {
        string OriginOf(string storyId) => origins?.GetValueOrDefault(storyId) ?? storyId;
        var relevant = relevantPredicates?.Select(Thesaurus.Canonical).ToHashSet(StringComparer.Ordinal);
        var disagreements = new List<Disagreement>();
        var groups = claims
            .Where(c => c.Predicate is not null && stories.ContainsKey(c.StoryId))
            .Where(c => relevant is null || relevant.Contains(Thesaurus.Canonical(c.Predicate!)))
            .GroupBy(c => (c.Category, Predicate: Thesaurus.Canonical(c.Predicate!)));
        foreach (var group in groups)
        {
            // One side per independent origin: copies of one story say the same thing and do not count twice.
            var perStory = group
                .GroupBy(c => OriginOf(c.StoryId))
                .Select(g => g.First())
                .ToList();
            if (perStory.Count < 2 || !HasDistinctValues(perStory)) continue;
            var sides = perStory.Select(c => ToClaim(c, stories[c.StoryId])).OfType<DisagreementClaim>().ToList();
            if (sides.Select(s => s.SourceId).Distinct().Count() < 2) continue;
            var first = group.First();
            var topic = $"{first.Counted ?? first.Category} {first.PredicateText}".Trim();
            disagreements.Add(new Disagreement(topic, DisagreementKinds.Number, sides, NewerNote(sides), FigureRelation.Of(perStory)));
        }

        return disagreements;
    }

    private static bool HasDistinctValues(IReadOnlyList<NumericClaim> claims)
    {
        for (var i = 0; i < claims.Count; i++)
        {
            for (var j = i + 1; j < claims.Count; j++)
            {
                if (!SameFigure(claims[i].Value, claims[j].Value)) return true;
            }
        }

        return false;
    }

    /// <summary>True when two values are the same figure up to rounding.</summary>
    public static bool SameFigure(double a, double b) =>
        Math.Abs(a - b) <= RoundingTolerance * Math.Max(Math.Abs(a), Math.Abs(b));

    /// <summary>The claim's side, with a quote verified against the stored story; null if it fails verification.</summary>
    private static DisagreementClaim? ToClaim(NumericClaim claim, Story story)
    {
        var quote = claim.Sentence.Of(story.Text);
        var span = QuoteVerifier.Find(story.Text, quote, claim.Sentence.Start);
        if (span is null) return null;
        return new DisagreementClaim(
            story.Id, story.Metadata.Outlet, story.Metadata.Title, claim.ValueText, claim.Qualifier,
            span.Value.Of(story.Text), span.Value.Start, span.Value.End, story.Metadata.Published, DisplayName: SourceLabel.For(story));
    }

    /// <summary>When the stories carry different dates, a later report may be a correction rather than a dispute.</summary>
    private static string? NewerNote(IReadOnlyList<DisagreementClaim> sides)
    {
        var dated = sides.Where(s => s.Published is not null).OrderBy(s => s.Published).ToList();
        if (dated.Count < 2 || dated[0].Published == dated[^1].Published) return null;
        var newest = dated[^1];
        return $"{newest.DisplayName ?? newest.Outlet ?? newest.SourceId} is the most recent ({newest.Published:yyyy-MM-dd}); the figures may have been updated rather than disputed.";
    }
}
