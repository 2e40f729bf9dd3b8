using ChatBot.Core.Disagreements;
using ChatBot.Core.Ingestion.History;

namespace ChatBot.Core.Tests.Disagreements;

public class RevisionNoteTests
{
    private static readonly DateTimeOffset Day = new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);

    private static Disagreement TwoSides() => new("engineers reassigned", DisagreementKinds.Number,
    [
        new DisagreementClaim("a", "TechCrunch", null, "6,500", "roughly", "q1", 0, 2),
        new DisagreementClaim("b", "HyperAI", null, "7,000", "approximately", "q2", 0, 2),
    ]);

    private static StoryHistory History(string id, DateTimeOffset first, DateTimeOffset last, int versions) =>
        new(id, first, last, Enumerable.Range(0, versions).Select(i => new StoryVersion($"h{i}", first.AddHours(i))).ToList());

    [Fact]
    public void A_story_revised_after_the_others_is_named_as_possibly_a_correction()
    {
        var histories = new Dictionary<string, StoryHistory>
        {
            ["a"] = History("a", Day, Day, 1),
            ["b"] = History("b", Day, Day.AddDays(2), 2),
        };

        var annotated = Assert.Single(RevisionNote.Annotate([TwoSides()], histories));

        Assert.Contains("HyperAI updated its story on 2026-05-03", annotated.Note);
    }

    [Fact]
    public void Without_a_revision_the_disagreement_is_left_as_it_is()
    {
        var histories = new Dictionary<string, StoryHistory> { ["a"] = History("a", Day, Day, 1), ["b"] = History("b", Day, Day, 1) };
        Assert.Null(Assert.Single(RevisionNote.Annotate([TwoSides()], histories)).Note);
    }
}
