using System.Globalization;
using System.Text;
using ChatBot.Bench.Queries;

namespace ChatBot.Bench.Reporting;

/// <summary>Renders the runs as RESULTS.md (tables of indexing, serving, breakdowns and targets) and as gnuplot data.</summary>
internal static class ResultsReport
{
    public static string Markdown(IReadOnlyList<CorpusRun> runs, IReadOnlyList<string> skipped, Machine machine, string commit, string plotFile)
    {
        var md = new StringBuilder();
        md.AppendLine("# ChatBot benchmarks").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Written by `bench/run` on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC at commit `{commit}`.").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Machine: {machine}.").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Load average (1, 5, 15 min) when the bench started: {machine.LoadAtStart}; when it ended: {machine.LoadAtEnd}. The machine is shared with other builders, so latency tails move from run to run.").AppendLine();
        foreach (var line in skipped) md.AppendLine(CultureInfo.InvariantCulture, $"- Skipped: {line}");
        if (skipped.Count > 0) md.AppendLine();
        md.AppendLine(Tables(runs));
        md.AppendLine("## Targets").AppendLine();
        md.AppendLine("| target | limit | measured | where | verdict |").AppendLine("| --- | ---: | ---: | --- | --- |");
        foreach (var target in Targets(runs))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {target.Name} | {target.Limit:0.###} {target.Unit} | {target.MeasuredText} | {target.Where} | {target.Verdict} |");
        }

        md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"![latency and memory against corpus size]({plotFile})").AppendLine();
        md.AppendLine("How each figure is taken, and what it leaves out: [README.md](README.md).");
        return md.ToString();
    }

    /// <summary>The tables alone, as bench/run prints them.</summary>
    public static string Tables(IReadOnlyList<CorpusRun> runs) =>
        IndexingTable(runs) + "\n" + ServingTable(runs) + "\n" + AnswerStepsTable(runs) + "\n" + IndexStepsTable(runs);

    private static string IndexingTable(IReadOnlyList<CorpusRun> runs)
    {
        var md = new StringBuilder();
        md.AppendLine("## Indexing (whole `chatbot index` process from a cold start, /usr/bin/time -v)").AppendLine();
        md.AppendLine("| corpus | stories | chunks | MB | index s (best) | all runs s | stories/s | MB/s | peak RSS MB | index on disk MB | unchanged re-index s | re-index peak RSS MB |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in runs)
        {
            var seconds = r.Index?.WallSeconds;
            md.AppendLine(CultureInfo.InvariantCulture, $"| {r.Label} | {r.Stories:N0} | {r.Queries?.Chunks.ToString("N0", CultureInfo.InvariantCulture) ?? "-"} | {r.Megabytes:0.0} | {F(seconds)} | {string.Join(", ", r.IndexRuns.Select(i => F(i.WallSeconds)))} | {F(r.Stories / seconds, "0")} | {F(r.Megabytes / seconds)} | {F(r.Index?.PeakRssMb, "0")} | {r.IndexBytes / 1048576.0:0.0} | {F(r.Reindex?.WallSeconds)} | {F(r.Reindex?.PeakRssMb, "0")} |");
        }

        return md.ToString();
    }

    private static string ServingTable(IReadOnlyList<CorpusRun> runs)
    {
        var md = new StringBuilder();
        md.AppendLine("## Serving (questions answered in one process; latency in ms, p50 / p95 / p99)").AppendLine();
        md.AppendLine("| corpus | cold `ask` s | raw FTS5 | retrieval | retrieval / raw (p50, p95) | full answer | answered | RSS after MB | peak RSS MB |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in runs)
        {
            var q = r.Queries;
            md.AppendLine(CultureInfo.InvariantCulture, $"| {r.Label} | {F(r.ColdAskMedian)} | {P(q?.RawFts)} | {P(q?.Retrieval)} | {Ratio(q)} | {P(q?.Answer)} | {(q is null ? "-" : $"{q.Answered}/{q.Questions} ({q.Mode})")} | {F(q?.RssAfterMb, "0")} | {F(r.Serving?.PeakRssMb, "0")} |");
        }

        return md.ToString();
    }

    private static string AnswerStepsTable(IReadOnlyList<CorpusRun> runs)
    {
        var measured = runs.Where(r => r.Queries is not null).ToList();
        var steps = measured.ToDictionary(r => r, r => r.Queries!.RetrievalBreakdown.Concat(r.Queries.AnswerBreakdown).ToDictionary(p => p.Key, p => p.Value));
        var names = steps.Values.SelectMany(s => s.Keys).Distinct().ToList();
        return StepTable(
            "## Where answer time goes (stopwatch per step, ms, p50 / p95)",
            names,
            measured.Select(r => (r.Label, names.Select(n => steps[r].TryGetValue(n, out var l) ? $"{l.P50:0.00} / {l.P95:0.00}" : "-").ToList())));
    }

    private static string IndexStepsTable(IReadOnlyList<CorpusRun> runs)
    {
        var measured = runs.Where(r => r.IndexSteps is not null).ToList();
        var names = measured.SelectMany(r => r.IndexSteps!.Keys).Distinct().ToList();
        return StepTable(
            "## Where indexing time goes (stopwatch per step inside one process, s)",
            names,
            measured.Select(r => (r.Label, names.Select(n => r.IndexSteps!.TryGetValue(n, out var s) ? s.ToString("0.00", CultureInfo.InvariantCulture) : "-").ToList())));
    }

    private static string StepTable(string heading, IReadOnlyList<string> steps, IEnumerable<(string Label, List<string> Cells)> rows)
    {
        var md = new StringBuilder();
        md.AppendLine(heading).AppendLine();
        md.AppendLine("| corpus | " + string.Join(" | ", steps.Select(s => $"`{s}`")) + " |");
        md.AppendLine("| --- |" + string.Concat(steps.Select(_ => " ---: |")));
        foreach (var (label, cells) in rows) md.AppendLine($"| {label} | " + string.Join(" | ", cells) + " |");
        return md.ToString();
    }

    public static IReadOnlyList<Target> Targets(IReadOnlyList<CorpusRun> runs)
    {
        var bbc = runs.FirstOrDefault(r => r.Name == "bbc");
        // The serving targets are stated at 20,000 stories: only a run of that order counts for them.
        var largest = runs.Where(r => r.Queries is not null && r.Stories >= 10_000).MaxBy(r => r.Stories);
        var reuters = runs.FirstOrDefault(r => r.Name == "reuters");
        var slowestReindex = runs.Where(r => r.Reindex is not null).MaxBy(r => r.Reindex!.WallSeconds);
        var slowestAsk = runs.Where(r => r.ColdAskMedian is not null).MaxBy(r => r.ColdAskMedian);
        var ratios = runs.Where(r => r.Queries is { RawFts.P50: > 0 }).Select(r => (Run: r, Ratio: r.Queries!.Retrieval.P50 / r.Queries.RawFts.P50)).ToList();
        var worstRatio = ratios.Count == 0 ? default : ratios.MaxBy(p => p.Ratio);
        var at = largest is null ? "-" : $"{largest.Label}, {largest.Stories:N0} stories";
        return
        [
            new("BBC indexed, cold process (issue 7)", 5, bbc?.Index?.WallSeconds, "s", bbc?.Label ?? "-"),
            new("BBC indexed, cold process (issue 2)", 10, bbc?.Index?.WallSeconds, "s", bbc?.Label ?? "-"),
            new("Reuters indexed, cold process", 30, reuters?.Index?.WallSeconds, "s", reuters?.Label ?? "-"),
            new("unchanged re-index (slowest corpus)", 2, slowestReindex?.Reindex?.WallSeconds, "s", slowestReindex?.Label ?? "-"),
            new("cold `ask` wall time (slowest corpus, median of runs; issue 2)", 2, slowestAsk?.ColdAskMedian, "s", slowestAsk?.Label ?? "-"),
            new("full extractive answer p95 at ~20,000 stories", 50, largest?.Queries?.Answer.P95, "ms", at),
            new("retrieval / raw FTS5, p50 (worst corpus)", 3, ratios.Count == 0 ? null : worstRatio.Ratio, "x", worstRatio.Run?.Label ?? "-"),
            new("peak RSS while serving ~20,000 stories", 300, largest?.Serving?.PeakRssMb, "MB", at),
        ];
    }

    /// <summary>One line per corpus for gnuplot: stories, answer p50/p95, retrieval p95, raw p95, cold ask ms, index/serving peak RSS MB.</summary>
    public static string PlotData(IReadOnlyList<CorpusRun> runs)
    {
        var data = new StringBuilder("# stories answer_p50 answer_p95 retrieval_p95 raw_p95 cold_ask_ms index_rss_mb serving_rss_mb label\n");
        foreach (var r in runs.Where(r => r.Queries is not null).OrderBy(r => r.Stories))
        {
            var q = r.Queries!;
            data.AppendLine(string.Join(' ', new[]
            {
                r.Stories.ToString(CultureInfo.InvariantCulture), N(q.Answer.P50), N(q.Answer.P95), N(q.Retrieval.P95), N(q.RawFts.P95),
                N((r.ColdAskMedian ?? double.NaN) * 1000), N(r.Index?.PeakRssMb ?? double.NaN), N(r.Serving?.PeakRssMb ?? double.NaN), $"\"{r.Label}\"",
            }));
        }

        return data.ToString();
    }

    private static string Ratio(QueryResults? q) =>
        q is null || q.RawFts.P50 <= 0 || q.RawFts.P95 <= 0 ? "-" : $"{q.Retrieval.P50 / q.RawFts.P50:0.0}x, {q.Retrieval.P95 / q.RawFts.P95:0.0}x";

    private static string P(LatencySummary? l) => l is null ? "-" : $"{l.P50:0.0} / {l.P95:0.0} / {l.P99:0.0}";

    private static string F(double? value, string format = "0.00") =>
        value is { } v && double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "-";

    private static string N(double value) => double.IsFinite(value) ? value.ToString("0.###", CultureInfo.InvariantCulture) : "NaN";
}
