using System.Text.Json;
using ChatBot.Tests.Support;

namespace ChatBot.Tests.Cli;

public class CliEndToEndTests
{
    [Fact]
    public async Task Ask_on_a_fresh_copy_indexes_the_seeds_and_prints_the_json_contract()
    {
        using var workspace = new SeedsWorkspace();

        var result = await CliRunner.RunAsync(workspace.Path, null, "ask", "--json", "How many Meta engineers were reassigned to produce AI training data?");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.True(File.Exists(Path.Combine(workspace.Path, "data", "chatbot.db")));
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.True(root.GetProperty("answered").GetBoolean());
        Assert.Equal("extractive", root.GetProperty("mode").GetString());
        var citations = root.GetProperty("citations").EnumerateArray().ToList();
        Assert.True(citations.Select(c => c.GetProperty("source_id").GetString()).Distinct().Count() >= 2);
        foreach (var citation in citations)
        {
            var text = File.ReadAllText(Path.Combine(workspace.SeedsPath, citation.GetProperty("source_id").GetString()!));
            var start = citation.GetProperty("start").GetInt32();
            var end = citation.GetProperty("end").GetInt32();
            Assert.Equal(text.Replace("\r\n", "\n")[start..end], citation.GetProperty("quote").GetString());
        }

        var claims = root.GetProperty("disagreements")[0].GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("value").GetString()).ToList();
        Assert.Contains("6,500", claims);
        Assert.Contains("7,000", claims);
        Assert.True(root.GetProperty("timings").GetProperty("total_ms").GetDouble() >= 0);
    }

    [Fact]
    public async Task Ask_in_the_terminal_shows_quotes_sources_and_where_the_sources_disagree()
    {
        using var workspace = new SeedsWorkspace();

        var result = await CliRunner.RunAsync(workspace.Path, null, "ask", "How many Meta engineers were reassigned to produce AI training data?");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Sources:", result.Output);
        Assert.Contains("Where the sources disagree:", result.Output);
        Assert.Matches(@"techcrunch\.com says roughly 6,500 \[\d\]", result.Output);
        Assert.Matches(@"HyperAI says approximately 7,000 \[\d\]", result.Output);
    }

    [Fact]
    public async Task Index_skips_a_broken_file_reports_it_and_exits_non_zero()
    {
        using var workspace = new SeedsWorkspace();
        File.WriteAllBytes(Path.Combine(workspace.SeedsPath, "broken.txt"), [0x00, 0x01, 0x02, 0xFF]);

        var first = await CliRunner.RunAsync(workspace.Path, null, "index");
        var second = await CliRunner.RunAsync(workspace.Path, null, "index");

        Assert.Equal(1, first.ExitCode);
        Assert.Contains("5 added, 0 updated, 0 removed, 0 unchanged, 1 failed", first.Output);
        Assert.Contains("broken.txt: binary content", first.Output);
        Assert.Contains("0 added, 0 updated, 0 removed, 5 unchanged, 1 failed", second.Output);
    }

    [Fact]
    public async Task Sources_lists_what_is_indexed()
    {
        using var workspace = new SeedsWorkspace();
        await CliRunner.RunAsync(workspace.Path, null, "index");

        var result = await CliRunner.RunAsync(workspace.Path, null, "sources");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("HyperAI", result.Output);
        Assert.Contains("The Next Web (TNW)", result.Output);
        Assert.Contains("5 stories.", result.Output);
        // What a story says it is comes from its own text: only the TNW story calls itself AI-generated.
        var aiRows = result.Output.Split('\n').Where(line => line.Contains("\tAI-generated\t", StringComparison.Ordinal)).ToList();
        Assert.Single(aiRows);
        Assert.StartsWith("The Next Web (TNW)", aiRows[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_the_stories_do_not_answer_is_refused_with_no_citations()
    {
        using var workspace = new SeedsWorkspace();

        var result = await CliRunner.RunAsync(workspace.Path, null, "ask", "--json", "What salary do engineers in the Applied AI unit earn?");

        using var json = JsonDocument.Parse(result.Output);
        Assert.False(json.RootElement.GetProperty("answered").GetBoolean());
        Assert.Empty(json.RootElement.GetProperty("citations").EnumerateArray());
    }

    [Fact]
    public async Task A_bad_setting_stops_with_a_sentence_naming_the_key()
    {
        using var workspace = new SeedsWorkspace();

        var result = await CliRunner.RunAsync(workspace.Path, new Dictionary<string, string> { ["ChatBot__Index__Provider"] = "Mongo" }, "ask", "anything");

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("ChatBot:Index:Provider must be Sqlite or Qdrant", result.Error);
    }

    [SharedFact("eval", "seeds-gold.json")]
    public async Task Eval_prints_every_metric_and_writes_every_structured_answer()
    {
        using var workspace = new SeedsWorkspace();
        var output = Path.Combine(workspace.Path, "report.json");

        var result = await CliRunner.RunAsync(workspace.Path, null, "eval", "--gold", RepositoryPaths.SharedFile("eval", "seeds-gold.json"), "--out", output);

        Assert.True(result.ExitCode == 0, result.Error);
        foreach (var metric in new[] { "fact_recall", "citation_recall", "citation_precision", "quote_fidelity", "disagreement_recall", "disagreement_false_alarm", "refusal_accuracy", "latency_ms p50" })
        {
            Assert.Contains(metric, result.Output);
        }

        // Each metric is a row: the pipeline's value, then the BM25 baseline's and the margin.
        Assert.Matches(@"quote_fidelity\s+1\.00\s+1\.00", result.Output);
        Assert.Matches(@"refusal_accuracy\s+1\.00\s+\d\.\d\d\s+\+", result.Output);
        Assert.Matches(@"disagreement_false_alarm\s+0\.00", result.Output);
        using var report = JsonDocument.Parse(File.ReadAllText(output));
        Assert.Equal(19, report.RootElement.GetProperty("questions").GetArrayLength());
        Assert.False(Directory.Exists(Path.Combine(workspace.Path, "data")), "eval must not touch the bot's own index");
    }
}
