using ChatBot.Core.Ingestion.History;

namespace ChatBot.Core.Disagreements;

/// <summary>
/// Says when one side of a disagreement was revised after the others: a figure changed in an updated story may
/// be a correction rather than a dispute.
/// </summary>
public static class RevisionNote
{
    /// <summary>The disagreements, each with a note added when one story was updated after every other side's last change.</summary>
    public static List<Disagreement> Annotate(IReadOnlyList<Disagreement> disagreements, IReadOnlyDictionary<string, StoryHistory> histories)
    {
        return disagreements.Select(d =>
        {
            var sides = d.Claims.Select(c => histories.GetValueOrDefault(c.SourceId)).ToList();
            if (sides.Any(h => h is null)) return d;
            var revised = sides.Where(h => sides.All(other => other == h || h!.UpdatedAfter(other!))).ToList();
            if (revised.Count != 1) return d;
            var claim = d.Claims.First(c => c.SourceId == revised[0]!.StoryId);
            var note = $"{claim.DisplayName ?? claim.Outlet ?? claim.SourceId} updated its story on {revised[0]!.LastChanged:yyyy-MM-dd HH:mm} UTC, after the other reports: its figure may be a correction.";
            return d with { Note = d.Note is null ? note : $"{d.Note} {note}", Relation = DisagreementRelations.Compatible };
        }).ToList();
    }
}
