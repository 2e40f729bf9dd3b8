using ChatBot.Core.Answering;
using ChatBot.Core.Disagreements;
using ChatBot.Core.Ingestion.Duplicates;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Summaries;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Summaries;

/// <summary>Summaries lead with conflicts and single-source claims, then what the sources agree on, with "N reports, M independent".</summary>
public sealed class SummaryLayoutTests
{
    private static string[] Paragraphs(Answer summary) => summary.Text.Split("\n\n");

    [Theory]
    [InlineData(null)]
    [InlineData("Meta reassignments")]
    public async Task A_seeds_summary_leads_with_the_reassignment_conflict_then_names_the_single_source_ai_written_story(string? topic)
    {
        using var corpus = await IndexedCorpus.CreateAsync(RepositoryPaths.Seeds);

        var summary = await corpus.Answers.SummarizeAsync(new SummaryRequest(Topic: topic));

        var paragraphs = Paragraphs(summary);
        Assert.Equal("5 reports, 5 independent.", paragraphs[0]);
        Assert.Equal(new SummaryOutline(5, 5, summary.Summary!.SingleSource, summary.Summary.Agreed), summary.Summary);
        // The first thing after the counts is the conflict over how many were reassigned, both figures quoted.
        Assert.StartsWith("Where the sources disagree:\nThe sources disagree on", paragraphs[1], StringComparison.Ordinal);
        var first = summary.Disagreements[0];
        Assert.Equal(DisagreementRelations.Conflict, first.Relation);
        Assert.Contains(first.Claims, c => c.Value.EndsWith("6,500", StringComparison.Ordinal));
        Assert.Contains(first.Claims, c => c.Value.EndsWith("7,000", StringComparison.Ordinal));
        Assert.Contains("roughly 6,500 engineers", paragraphs[1].Split('\n').Skip(2).First(l => l.Contains("6,500", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.All(summary.Disagreements.SkipWhile(d => d.Relation == DisagreementRelations.Conflict), d => Assert.Equal(DisagreementRelations.Compatible, d.Relation));

        // Then what only one story reports: the AI-written Data-Forge claim, said to be AI-generated.
        Assert.StartsWith(SummaryComposer.SingleSourceHeading, paragraphs[2], StringComparison.Ordinal);
        var dataForge = Assert.Single(summary.Citations, c => c.Quote.Contains("Project Data-Forge", StringComparison.Ordinal));
        Assert.Contains(dataForge.Number, summary.Summary.SingleSource);
        Assert.True(dataForge.AiGenerated);
        Assert.Empty(dataForge.CorroboratedBy!);
        Assert.Contains($"The Next Web (TNW): \"{dataForge.Quote}\" [{dataForge.Number}] (the story says it is AI-generated)", paragraphs[2], StringComparison.Ordinal);
        Assert.StartsWith(SummaryComposer.AgreedHeading, paragraphs[3], StringComparison.Ordinal);

        // Markers run in the order the text shows them, and every citation is in the text.
        var markers = System.Text.RegularExpressions.Regex.Matches(summary.Text, @"\[(\d+)\]").Select(m => int.Parse(m.Groups[1].Value)).Distinct().ToList();
        Assert.Equal(Enumerable.Range(1, summary.Citations.Count), markers);
    }

    [Fact]
    public async Task Copies_count_once_and_a_figure_two_independent_stories_state_is_agreed_once()
    {
        using var folder = new TempFolder();
        const string wire = "Flood closes bridge\n\nThe flood forced officials to close the Elm Street bridge on Monday, and roughly 1,200 residents were evacuated from the riverside district, the county said in a statement.";
        folder.Write("wire.txt", "---\noutlet: Wire\n---\n" + wire);
        folder.Write("portal.txt", "---\noutlet: Portal\n---\n" + wire);
        folder.Write("courier.txt", "---\noutlet: Courier\n---\nRiver bursts banks\n\nCity officials said 1,200 residents were evacuated on Monday night as the river burst its banks and water reached the lower town's main square.");
        folder.Write("gazette.txt", "---\noutlet: Gazette\n---\nLibrary hours\n\nThe school board voted on Tuesday to extend the library's opening hours through the summer, a change the mayor welcomed in a short statement to reporters.");
        using var corpus = await IndexedCorpus.CreateAsync(folder.Path);
        var registry = new SqliteDuplicateRegistry(corpus.Index, Path.Combine(folder.Path, "duplicates.db"));
        await registry.RefreshAsync();
        var summarizer = new Summarizer(new SummaryScope(corpus.Index, new Retriever(corpus.Index)), registry);

        var summary = await summarizer.SummarizeAsync(new SummaryRequest());

        var paragraphs = Paragraphs(summary);
        Assert.Equal("4 reports, 3 independent.", paragraphs[0]);
        Assert.Empty(summary.Disagreements);
        Assert.Equal(2, summary.Summary!.SingleSource.Count + summary.Summary.Agreed.Count);
        var single = summary.Citations.Single(c => summary.Summary.SingleSource.Contains(c.Number));
        Assert.Equal("Gazette", single.Outlet);
        Assert.StartsWith(SummaryComposer.SingleSourceHeading + "\nGazette: ", paragraphs[1], StringComparison.Ordinal);
        var agreed = summary.Citations.Single(c => summary.Summary.Agreed.Contains(c.Number));
        Assert.Contains("1,200 residents", agreed.Quote, StringComparison.Ordinal);
        var other = Assert.Single(agreed.CorroboratedBy!);
        Assert.NotEqual(agreed.SourceId, other);
        // The wire story and its copy are one origin: one of them stands for both, never both.
        var sides = new[] { agreed.SourceId, other };
        Assert.Contains("courier.txt", sides);
        Assert.False(sides.Contains("wire.txt") && sides.Contains("portal.txt"));
        Assert.StartsWith(SummaryComposer.AgreedHeading + "\n", paragraphs[2], StringComparison.Ordinal);
        var otherOutlet = other == "courier.txt" ? "Courier" : other == "wire.txt" ? "Wire" : "Portal";
        Assert.EndsWith($"(also reported by {otherOutlet})", paragraphs[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_duplicate_registry_every_story_is_independent()
    {
        using var folder = new TempFolder();
        const string wire = "Flood closes bridge\n\nThe flood forced officials to close the Elm Street bridge on Monday, and roughly 1,200 residents were evacuated from the riverside district, the county said in a statement.";
        folder.Write("wire.txt", "---\noutlet: Wire\n---\n" + wire);
        folder.Write("portal.txt", "---\noutlet: Portal\n---\n" + wire);
        using var corpus = await IndexedCorpus.CreateAsync(folder.Path);

        var summary = await corpus.Answers.SummarizeAsync(new SummaryRequest());

        Assert.StartsWith("2 reports, 2 independent.\n\n", summary.Text, StringComparison.Ordinal);
        // Two outlets printing the same sentence agree on it; the line names the other.
        Assert.Single(summary.Summary!.Agreed);
    }
}
