using System.Text;
using ChatBot.Core.Disagreements;
using ChatBot.Core.Disagreements.Stance;
using ChatBot.Core.Stories;

namespace ChatBot.Core.Answering;

/// <summary>
/// Disagreements live in <see cref="Answer.Disagreements"/> and each renderer states them once, in the words
/// given here. The answer text carries only the sides' quotes, numbered like any other citation.
/// </summary>
public static class DisagreementProse
{
    /// <summary>
    /// Adds each side's quote to <paramref name="citations"/> when not already cited, corroborated by the other
    /// independent stories on its side, and returns the quoted lines to append to the answer text for them
    /// (empty when every side is already quoted).
    /// </summary>
    /// <param name="origins">Each story's origin: a syndicated copy never corroborates its original.</param>
    public static string CiteSides(IReadOnlyList<Disagreement> disagreements, List<Citation> citations, IReadOnlyDictionary<string, Story> stories, IReadOnlyDictionary<string, string>? origins = null)
    {
        string OriginOf(string storyId) => origins?.GetValueOrDefault(storyId) ?? storyId;
        var lines = new StringBuilder();
        foreach (var disagreement in disagreements)
        {
            foreach (var claim in disagreement.Claims)
            {
                if (NumberOf(claim, citations) is not null || !stories.TryGetValue(claim.SourceId, out var story)) continue;
                var added = CitationFactory.Create(citations.Count + 1, story, claim.Quote, claim.Start);
                if (added is null) continue;
                var sameSide = disagreement.Claims
                    .Where(other => OriginOf(other.SourceId) != OriginOf(claim.SourceId) && OnSameSide(other, claim))
                    .GroupBy(other => OriginOf(other.SourceId), StringComparer.Ordinal)
                    .Select(g => g.First().SourceId)
                    .ToList();
                citations.Add(added with { CorroboratedBy = sameSide });
                QuotedLine.Append(lines, story, added);
            }
        }

        return lines.Length == 0 ? "" : "\n" + lines;
    }

    /// <summary>Two sides of a disagreement that say the same: the same stance, or the same figure.</summary>
    private static bool OnSameSide(DisagreementClaim a, DisagreementClaim b) =>
        a.Stance is not null || b.Stance is not null ? a.Stance == b.Stance : string.Equals(a.Value, b.Value, StringComparison.Ordinal);

    /// <summary>
    /// One sentence for a disagreement, each side with its marker: "The sources disagree on engineers
    /// reassigned: techcrunch.com says roughly 6,500 [1]; HyperAI says approximately 7,000 [2]."; "Sources
    /// disagree: HyperAI reports it [1]; the BBC says it is false [2]."; "The sources report different figures
    /// for employees signed, which can both hold: …".
    /// </summary>
    public static string Sentence(Disagreement disagreement, IReadOnlyList<Citation> citations)
    {
        var sides = disagreement.Claims.Select(claim =>
        {
            var label = claim.DisplayName ?? claim.Outlet ?? claim.Title ?? claim.SourceId;
            var said = claim.Stance switch
            {
                Stances.Asserts => $"{label} says it happened",
                Stances.Reports => $"{label} reports it without confirming it",
                Stances.Refutes => $"{label} says it is false",
                _ => $"{label} says {(claim.Qualifier is null ? claim.Value : $"{claim.Qualifier} {claim.Value}")}",
            };
            return NumberOf(claim, citations) is { } number ? $"{said} [{number}]" : said;
        });
        var opening = disagreement.Kind == DisagreementKinds.Stance
            ? $"Sources disagree on “{disagreement.Topic}”: "
            : disagreement.Relation == DisagreementRelations.Compatible
                ? $"The sources report different figures for {disagreement.Topic}, which can both hold: "
                : $"The sources disagree on {disagreement.Topic}: ";
        var sentence = opening + string.Join("; ", sides) + ".";
        return disagreement.Note is null ? sentence : $"{sentence} {disagreement.Note}";
    }

    /// <summary>"The stories give different answers: **6,500** [1]; **7,000** [2][3]." for the answer's first line.</summary>
    public static string DifferentAnswersLine(Disagreement conflict, IReadOnlyList<Citation> citations)
    {
        var sides = conflict.Claims
            .GroupBy(c => c.Value, StringComparer.Ordinal)
            .Select(g => $"**{g.Key}** {string.Concat(g.Select(c => NumberOf(c, citations)).OfType<int>().Distinct().Select(n => $"[{n}]"))}".TrimEnd());
        return "The stories give different answers: " + string.Join("; ", sides) + ".\n";
    }

    private static int? NumberOf(DisagreementClaim claim, IReadOnlyList<Citation> citations) =>
        citations.FirstOrDefault(c => c.SourceId == claim.SourceId && c.Start <= claim.Start && c.End >= claim.End)?.Number;
}
