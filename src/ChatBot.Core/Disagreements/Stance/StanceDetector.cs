using ChatBot.Core.Answering;
using ChatBot.Core.Stories;

namespace ChatBot.Core.Disagreements.Stance;

/// <summary>
/// For a claim or a yes/no question: each independent story's stance from its sentences about the claim, and a
/// stance disagreement when one story asserts or reports the claim and another refutes it. A story that
/// restates a rumour in order to refute it refutes it, so any refuting sentence decides a story's stance; for a
/// negative claim, any sentence saying it does.
/// Syndicated copies count once. Each side carries a verified quote.
/// </summary>
public static class StanceDetector
{
    /// <summary>How many stories of each side a disagreement quotes.</summary>
    public const int SidesShown = 3;

    /// <summary>The stance of each independent story with sentences about the claim, best sentence first.</summary>
    /// <param name="negatedTerms">The words the claim itself negates (<see cref="StanceClassifier.NegatedTerms"/>).</param>
    public static List<StoryStance> Read(IReadOnlyList<EvidenceSentence> aboutClaim, IReadOnlySet<string> claimTerms, IReadOnlyDictionary<string, string>? origins = null, IReadOnlySet<string>? negatedTerms = null)
    {
        string OriginOf(string storyId) => origins?.GetValueOrDefault(storyId) ?? storyId;
        var stances = new List<StoryStance>();
        foreach (var origin in aboutClaim.GroupBy(s => OriginOf(s.StoryId), StringComparer.Ordinal))
        {
            var read = origin.Select(s => (Sentence: s, Stance: StanceClassifier.Classify(s.Text, s.Terms, claimTerms, negatedTerms))).ToList();
            // A negative claim ("will not play") is decided the other way round: a story saying it ("will no
            // longer be playing") asserts it, whatever background it gives ("had been in talks to play").
            var decisive = negatedTerms is { Count: > 0 }
                // An asserting sentence that holds the negated word has negated it: stated plainly, it would refute.
                ? read.FirstOrDefault(r => r.Stance == Stances.Asserts && r.Sentence.Terms.Overlaps(negatedTerms))
                : default;
            if (decisive.Sentence is null) decisive = read.FirstOrDefault(r => r.Stance == Stances.Refutes);
            if (decisive.Sentence is null) decisive = read.FirstOrDefault(r => r.Stance == Stances.Asserts);
            if (decisive.Sentence is null) decisive = read[0];
            stances.Add(new StoryStance(decisive.Sentence.StoryId, decisive.Stance, decisive.Sentence));
        }

        return stances;
    }

    /// <summary>A stance disagreement over <paramref name="stances"/>, or null when no story refutes what another states.</summary>
    public static Disagreement? Detect(string topic, IReadOnlyList<StoryStance> stances, IReadOnlyDictionary<string, Story> stories)
    {
        var refuting = stances.Where(s => s.Stance == Stances.Refutes).ToList();
        var stating = stances.Where(s => s.Stance != Stances.Refutes).OrderBy(s => s.Stance == Stances.Asserts ? 0 : 1).ToList();
        if (refuting.Count == 0 || stating.Count == 0) return null;
        var sides = stating.Take(SidesShown).Concat(refuting.Take(SidesShown))
            .Select(s => ToClaim(s, stories))
            .OfType<DisagreementClaim>()
            .ToList();
        if (!sides.Any(s => s.Stance == Stances.Refutes) || sides.All(s => s.Stance == Stances.Refutes)) return null;
        return new Disagreement(topic, DisagreementKinds.Stance, sides);
    }

    private static DisagreementClaim? ToClaim(StoryStance stance, IReadOnlyDictionary<string, Story> stories)
    {
        if (!stories.TryGetValue(stance.StoryId, out var story)) return null;
        var span = QuoteVerifier.Find(story.Text, stance.Sentence.Text, stance.Sentence.Span.Start);
        if (span is null) return null;
        return new DisagreementClaim(
            story.Id, story.Metadata.Outlet, story.Metadata.Title, stance.Stance, null,
            span.Value.Of(story.Text), span.Value.Start, span.Value.End, story.Metadata.Published, stance.Stance, SourceLabel.For(story));
    }
}

/// <summary>One independent story's stance toward a claim, with the sentence that shows it.</summary>
public sealed record StoryStance(string StoryId, string Stance, EvidenceSentence Sentence);
