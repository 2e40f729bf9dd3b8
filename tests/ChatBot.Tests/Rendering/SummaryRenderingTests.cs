using System.Text.Json;
using ChatBot.Core.Answering;
using ChatBot.Core.Disagreements;
using ChatBot.Rendering;

namespace ChatBot.Tests.Rendering;

public sealed class SummaryRenderingTests
{
    private static Answer Summary()
    {
        const string quote = "Roughly 6,500 engineers were moved.";
        var disagreement = new Disagreement("engineers reassigned", DisagreementKinds.Number,
        [
            new DisagreementClaim("a.txt", "Wire", null, "6,500", "roughly", quote, 0, quote.Length, DisplayName: "Wire"),
            new DisagreementClaim("b.txt", "Courier", null, "7,000", null, "Some 7,000 engineers were moved.", 0, 32, DisplayName: "Courier"),
        ]);
        var citations = new List<Citation>
        {
            new(1, "a.txt", null, "Wire", null, null, quote, 0, quote.Length, DisplayName: "Wire"),
            new(2, "b.txt", null, "Courier", null, null, "Some 7,000 engineers were moved.", 0, 32, DisplayName: "Courier"),
            new(3, "c.txt", null, "Gazette", null, null, "Only we say this.", 0, 17, [], true, DisplayName: "Gazette"),
        };
        var text = "3 reports, 3 independent.\n\nWhere the sources disagree:\n" + DisagreementProse.Sentence(disagreement, citations)
            + "\n\nReported by one source only:\nGazette: \"Only we say this.\" [3]";
        return new Answer("Summary of all stories", true, text, citations, [disagreement], AnswerTimings.Zero, Summary: new SummaryOutline(3, 3, [3], []));
    }

    [Fact]
    public void The_terminal_states_a_summarys_disagreements_once_before_its_sources()
    {
        var rendered = TerminalAnswerRenderer.Render(Summary());

        Assert.StartsWith("3 reports, 3 independent.", rendered, StringComparison.Ordinal);
        Assert.Equal(1, rendered.Split("The sources disagree on engineers reassigned").Length - 1);
        Assert.True(rendered.IndexOf("The sources disagree on", StringComparison.Ordinal) < rendered.IndexOf("Sources:", StringComparison.Ordinal));
        Assert.DoesNotContain("Where the sources disagree:\n  ", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_carries_the_summary_layout_in_snake_case_and_null_for_an_answer()
    {
        using var summary = JsonDocument.Parse(AnswerJson.Serialize(Summary()));
        var layout = summary.RootElement.GetProperty("summary");
        Assert.Equal(3, layout.GetProperty("reports").GetInt32());
        Assert.Equal(3, layout.GetProperty("independent").GetInt32());
        Assert.Equal([3], layout.GetProperty("single_source").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Empty(layout.GetProperty("agreed").EnumerateArray());
        Assert.Equal("Gazette", summary.RootElement.GetProperty("citations")[2].GetProperty("display_name").GetString());

        using var answer = JsonDocument.Parse(AnswerJson.Serialize(Summary() with { Summary = null }));
        Assert.Equal(JsonValueKind.Null, answer.RootElement.GetProperty("summary").ValueKind);
    }
}
