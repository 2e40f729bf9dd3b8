using System.Text;
using ChatBot.Core.Disagreements;
using ChatBot.Core.Stories;

namespace ChatBot.Core.Answering;

/// <summary>Says plainly, in the answer text, where the stories disagree, citing each side.</summary>
public static class DisagreementProse
{
    /// <summary>
    /// A paragraph per disagreement ("The sources disagree on engineers reassigned: techcrunch.com says roughly
    /// 6,500 [1]; HyperAI says approximately 7,000 [2]."). Each side's quote is added to <paramref name="citations"/>
    /// when not already cited. Empty when there is no disagreement.
    /// </summary>
    public static string Describe(IReadOnlyList<Disagreement> disagreements, List<Citation> citations, IReadOnlyDictionary<string, Story> stories)
    {
        if (disagreements.Count == 0) return "";
        var text = new StringBuilder();
        foreach (var disagreement in disagreements)
        {
            var sides = new List<string>();
            foreach (var claim in disagreement.Claims)
            {
                var number = CitationNumber(claim, citations, stories);
                var value = claim.Qualifier is null ? claim.Value : $"{claim.Qualifier} {claim.Value}";
                var label = claim.Outlet ?? claim.Title ?? claim.SourceId;
                sides.Add(number is null ? $"{label} says {value}" : $"{label} says {value} [{number}]");
            }

            text.Append("\n\nThe sources disagree on ").Append(disagreement.Topic).Append(": ").AppendJoin("; ", sides).Append('.');
            if (disagreement.Note is not null) text.Append(' ').Append(disagreement.Note);
        }

        return text.ToString();
    }

    private static int? CitationNumber(DisagreementClaim claim, List<Citation> citations, IReadOnlyDictionary<string, Story> stories)
    {
        var existing = citations.FirstOrDefault(c => c.SourceId == claim.SourceId && c.Start <= claim.Start && c.End >= claim.End);
        if (existing is not null) return existing.Number;
        if (!stories.TryGetValue(claim.SourceId, out var story)) return null;
        var added = CitationFactory.Create(citations.Count + 1, story, claim.Quote, claim.Start);
        if (added is null) return null;
        citations.Add(added);
        return added.Number;
    }
}
