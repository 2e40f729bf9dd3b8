using System.Text.Json;
using System.Text.RegularExpressions;
using ChatBot.Core.Index;
using ChatBot.Tests.Support;

namespace ChatBot.Tests.Cli;

/// <summary>
/// The CLI with <c>ChatBot:Index:Provider = Qdrant</c> against the loopback gRPC Qdrant, next to the same commands
/// on the embedded SQLite index: the answers must be the same, and an unreachable Qdrant must say so in one line.
/// </summary>
public partial class CliOnQdrantTests
{
    private const string Question = "How many Meta engineers were reassigned to produce AI training data?";

    private static Dictionary<string, string> OnQdrant(string url) => new()
    {
        ["ChatBot__Index__Provider"] = "Qdrant",
        ["ChatBot__Index__Qdrant__Url"] = url,
        ["ChatBot__Index__Qdrant__Collection"] = "cli_" + Guid.NewGuid().ToString("N"),
    };

    [Fact]
    public async Task Index_sources_and_ask_give_the_same_answers_on_Qdrant_as_on_SQLite()
    {
        await using var qdrant = await FakeQdrantServer.StartAsync();
        using var onQdrant = new SeedsWorkspace();
        using var onSqlite = new SeedsWorkspace();
        var environment = OnQdrant(qdrant.Url);

        var indexed = (await CliRunner.RunAsync(onQdrant.Path, environment, "index"), await CliRunner.RunAsync(onSqlite.Path, null, "index"));
        var sources = (await CliRunner.RunAsync(onQdrant.Path, environment, "sources"), await CliRunner.RunAsync(onSqlite.Path, null, "sources"));
        var asked = (
            await CliRunner.RunAsync(onQdrant.Path, environment, "ask", "--json", "--no-refresh", Question),
            await CliRunner.RunAsync(onSqlite.Path, null, "ask", "--json", "--no-refresh", Question));

        Assert.True(indexed.Item1.ExitCode == 0, indexed.Item1.Output + indexed.Item1.Error);
        Assert.Contains("5 added", indexed.Item1.Output);
        Assert.Equal(WithoutTimings(indexed.Item2.Output), WithoutTimings(indexed.Item1.Output));
        Assert.Contains("5 stories.", sources.Item1.Output);
        Assert.Equal(StoryTable(sources.Item2.Output), StoryTable(sources.Item1.Output));
        Assert.Equal(0, asked.Item1.ExitCode);
        Assert.Equal(Shape(asked.Item2.Output), Shape(asked.Item1.Output));
        Assert.Contains(qdrant.Requests, r => r.Method == "qdrant.Points/Query" && r.Collection == environment["ChatBot__Index__Qdrant__Collection"]);
    }

    [SharedFact("eval", "seeds-gold.json")]
    public async Task Eval_gives_the_same_scores_and_answers_on_Qdrant_as_on_SQLite()
    {
        await using var qdrant = await FakeQdrantServer.StartAsync();
        using var workspace = new SeedsWorkspace();
        var gold = RepositoryPaths.SharedFile("eval", "seeds-gold.json");
        var (qdrantReport, sqliteReport) = (Path.Combine(workspace.Path, "qdrant.json"), Path.Combine(workspace.Path, "sqlite.json"));

        var onQdrant = await CliRunner.RunAsync(workspace.Path, OnQdrant(qdrant.Url), "eval", "--gold", gold, "--out", qdrantReport);
        var onSqlite = await CliRunner.RunAsync(workspace.Path, null, "eval", "--gold", gold, "--out", sqliteReport);

        Assert.True(onQdrant.ExitCode == 0, onQdrant.Error);
        Assert.Equal(WithoutTimings(onSqlite.Output.Replace(sqliteReport, "")), WithoutTimings(onQdrant.Output.Replace(qdrantReport, "")));
        Assert.Equal(Answers(sqliteReport), Answers(qdrantReport));
        // Eval indexed into a collection of its own, never the one the bot serves.
        Assert.Contains(qdrant.Requests, r => r.Method == "qdrant.Points/Upsert" && r.Collection!.Contains("-eval-", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("index")]
    [InlineData("ask", "anything about engineers")]
    public async Task With_Qdrant_unreachable_the_command_exits_3_with_one_line(params string[] args)
    {
        using var workspace = new SeedsWorkspace();
        var closedPort = System.Net.Sockets.TcpListener.Create(0);
        closedPort.Start();
        var url = $"http://127.0.0.1:{((System.Net.IPEndPoint)closedPort.LocalEndpoint).Port}";
        closedPort.Stop();

        var result = await CliRunner.RunAsync(workspace.Path, OnQdrant(url), args);

        Assert.Equal(3, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith(IndexUnavailableException.UserMessage, line, StringComparison.Ordinal);
        Assert.Contains($"Qdrant at {url} could not be reached", line);
        Assert.Equal("", result.Output.Trim());
    }

    /// <summary>What the answer says and cites, without timings.</summary>
    private static string Shape(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var citations = root.GetProperty("citations").EnumerateArray().Select(c => $"{c.GetProperty("source_id")}:{c.GetProperty("start")}-{c.GetProperty("end")}");
        var claims = root.GetProperty("disagreements").EnumerateArray().SelectMany(d => d.GetProperty("claims").EnumerateArray()).Select(c => $"{c.GetProperty("source_id")}={c.GetProperty("value")}");
        return $"{root.GetProperty("answered")}|{root.GetProperty("text")}|{string.Join(",", citations)}|{string.Join(",", claims)}";
    }

    /// <summary>
    /// Every question's scores and answer from an eval report, without its latency. An answer's text must be the
    /// same; a summary's must quote the same passages, in an order that may differ: it lists its stories by lexical
    /// rank, and the two indexes approximate BM25 differently (FTS5 normalises lengths by the corpus average,
    /// Qdrant's sparse vectors by a fixed one), which can swap stories that nearly tie.
    /// </summary>
    private static string Answers(string reportPath)
    {
        using var report = JsonDocument.Parse(File.ReadAllText(reportPath));
        return string.Join("\n", report.RootElement.GetProperty("questions").EnumerateArray().Select(q =>
        {
            var scores = q.GetProperty("scores");
            var answer = q.GetProperty("answer");
            var quotes = answer.GetProperty("citations").EnumerateArray().Select(c => $"{c.GetProperty("source_id")}:{c.GetProperty("start")}-{c.GetProperty("end")}");
            // The same quotes, and the same short answer; their order may differ where two stories tie, since each
            // store approximates BM25 its own way (Qdrant's IDF over its segments).
            var shortAnswer = answer.TryGetProperty("short_answer", out var phrase) && phrase.ValueKind == JsonValueKind.Object ? phrase.GetProperty("text").GetString() : null;
            var said = $"{shortAnswer}|{string.Join(",", quotes.Order(StringComparer.Ordinal))}";
            return $"{q.GetProperty("id")}|{scores.GetProperty("fact_recall")}|{scores.GetProperty("citation_recall")}|{scores.GetProperty("citation_precision")}|{scores.GetProperty("quote_fidelity")}|{answer.GetProperty("answered")}|{said}";
        }));
    }

    /// <summary>The listing of stories, without the table of source runs and their times that follows it.</summary>
    private static string StoryTable(string output)
    {
        var end = output.IndexOf(" stories.", StringComparison.Ordinal);
        Assert.True(end > 0, output);
        return output[..end];
    }

    /// <summary>
    /// The output without timings and without the BM25 baseline's columns: the baseline is the obvious approach
    /// eval measures against, not the product, and each store approximates BM25 its own way.
    /// </summary>
    private static string WithoutTimings(string output) => BaselineColumns().Replace(Timing().Replace(output, "#"), "$1");

    [GeneratedRegex(@"^(\w+\s+(?:\d\.\d\d|n/a))\s+(?:\d\.\d\d|n/a)\s*\S*$", RegexOptions.Multiline)]
    private static partial Regex BaselineColumns();

    [GeneratedRegex(@"\d+(\.\d+)? (s|ms)\b|p50 \S+ p95 \S+\)?")]
    private static partial Regex Timing();
}
