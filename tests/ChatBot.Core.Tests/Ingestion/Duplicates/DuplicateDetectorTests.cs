using ChatBot.Core.Ingestion.Duplicates;

namespace ChatBot.Core.Tests.Ingestion.Duplicates;

public class DuplicateDetectorTests
{
    internal const string WireStory = """
        The regional council approved a budget of 4.5 million euros on Tuesday after a debate that lasted more than six hours.
        Opposition members argued that spending on road repairs was too low for a town whose population has grown by a fifth in ten years.
        The mayor said the roads would be repaired within two years and that the school renovation could not wait any longer.
        Residents who attended the meeting applauded when the vote on the new library was announced, and several asked about bus routes.
        The budget also includes money for a new fire station on the eastern edge of the town, which officials expect to open in 2028.
        """;

    internal const string SyndicatedCopy = """
        By Staff Writer, Valley Herald

        The regional council approved a budget of 4.5 million euros on Tuesday after a debate that lasted more than six hours.
        Opposition members argued that spending on road repairs was too low for a town whose population has grown by a fifth in ten years.
        The mayor said the roads would be repaired within two years and that the school renovation could not wait any longer.
        Residents who attended the meeting applauded when the vote on the new library was announced, and several asked about bus routes.
        The budget also includes money for a new fire station on the eastern edge of the town, which officials expect to open in 2028.

        Copyright Valley Herald. All rights reserved.
        """;

    internal const string IndependentReport = """
        Councillors voted through a 4.5 million euro spending plan late on Tuesday, ending a marathon session at the town hall.
        Critics on the opposition benches said too little was set aside for roads, pointing to rapid growth in the number of residents.
        The mayor defended the plan, saying the renovation of the primary school had been postponed for too long already.
        A new fire station in the east of the town is part of the package; it should be ready within three years, officials said.
        """;

    private static DuplicateCandidate Candidate(string id, string text, int day) =>
        new(id, id.Split('/')[0], new DateTimeOffset(2026, 5, day, 9, 0, 0, TimeSpan.Zero), MinHash.Compute(text));

    [Fact]
    public void A_syndicated_copy_with_a_byline_and_footer_is_grouped_with_its_origin()
    {
        var groups = new DuplicateDetector().Group([
            Candidate("herald/budget", SyndicatedCopy, 4),
            Candidate("wire/budget", WireStory, 3),
            Candidate("gazette/budget", IndependentReport, 3),
        ]);

        var group = Assert.Single(groups);
        Assert.Equal("wire/budget", group.OriginId);
        Assert.Equal(["herald/budget", "wire/budget"], group.StoryIds);
    }

    [Fact]
    public void Reports_on_the_same_event_in_different_words_are_not_copies()
    {
        Assert.True(MinHash.Similarity(MinHash.Compute(WireStory), MinHash.Compute(IndependentReport)) < 0.2);
        Assert.True(MinHash.Similarity(MinHash.Compute(WireStory), MinHash.Compute(SyndicatedCopy)) >= DuplicateDetector.DefaultThreshold);
    }

    [Fact]
    public void Signatures_ignore_case_punctuation_and_white_space()
    {
        Assert.Equal(MinHash.Compute("The Council approved, the budget!"), MinHash.Compute("the council   approved the\nbudget"));
    }

    [Theory]
    [InlineData(3, 2, "3 reports, 2 independent")]
    [InlineData(2, 2, "2 reports")]
    [InlineData(1, 1, "1 report")]
    public void A_report_count_reads_as_a_summary_says_it(int reports, int independent, string expected)
    {
        Assert.Equal(expected, new ReportCount(reports, independent).ToString());
    }
}
