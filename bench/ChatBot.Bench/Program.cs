using System.Text.Json;
using ChatBot.Bench;
using ChatBot.Bench.Corpora;
using ChatBot.Bench.Indexing;
using ChatBot.Bench.Queries;
using ChatBot.Bench.Reporting;
using ChatBot.Core.Index.Sqlite;

// The in-process half of bench/run: corpus preparation, the serving benchmark, and the report.
// Whole-process figures (index time, peak RSS, cold ask) are taken by bench/run with /usr/bin/time -v.
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: ChatBot.Bench reuters|subset|questions|query|index-breakdown|report --option value ...");
    return 2;
}

var options = new Arguments(args.Skip(1));
switch (args[0])
{
    case "reuters":
        var written = ReutersExporter.Export(ReutersSgmlReader.ReadFolder(options.Required("source")), options.Required("out"), options.Int("limit", int.MaxValue));
        Console.WriteLine($"{written} Reuters stories written to {options.Required("out")}");
        return 0;

    case "subset":
        var copied = CorpusSubset.Copy(options.Required("source"), options.Required("out"), options.Int("count", 100));
        Console.WriteLine($"{copied} stories copied to {options.Required("out")}");
        return 0;

    case "questions":
        var questions = await QuestionSet.FromIndexAsync(new SqliteStoryIndex(options.Required("db")), options.Int("count", 200));
        await File.WriteAllLinesAsync(options.Required("out"), questions);
        return questions.Count > 0 ? 0 : 1;

    case "query":
        var asked = await File.ReadAllLinesAsync(options.Required("questions"));
        var results = await new QueryBenchmark(options.Required("corpus"), options.Required("db"), asked).RunAsync();
        await File.WriteAllTextAsync(options.Required("out"), JsonSerializer.Serialize(results, CorpusRun.Json));
        Console.WriteLine($"{results.Corpus}: answer p50 {results.Answer.P50:0.0} ms, p95 {results.Answer.P95:0.0} ms; retrieval p50 {results.Retrieval.P50:0.0} ms; raw FTS5 p50 {results.RawFts.P50:0.0} ms");
        return 0;

    case "index-breakdown":
        var breakdown = await IndexBreakdown.RunAsync(options.Required("source"), options.Required("db"));
        await File.WriteAllTextAsync(options.Required("out"), JsonSerializer.Serialize(breakdown, CorpusRun.Json));
        Console.WriteLine(string.Join(", ", breakdown.Select(p => $"{p.Key} {p.Value:0.00} s")));
        return 0;

    case "report":
        var runsFolder = options.Required("runs");
        var runs = File.ReadAllLines(Path.Combine(runsFolder, "order.txt"))
            .Select(line => line.Split('\t'))
            .Where(parts => parts.Length == 2 && Directory.Exists(Path.Combine(runsFolder, parts[0])))
            .Select(parts => CorpusRun.Read(Path.Combine(runsFolder, parts[0]), parts[1]))
            .ToList();
        var skippedFile = Path.Combine(runsFolder, "skipped.txt");
        var skipped = File.Exists(skippedFile) ? File.ReadAllLines(skippedFile) : [];
        var loadFile = Path.Combine(runsFolder, "load-start.txt");
        var machine = Machine.Current(File.Exists(loadFile) ? File.ReadAllText(loadFile).Trim() : "?");
        var markdown = ResultsReport.Markdown(runs, skipped, machine, options.Optional("commit", "unknown"), options.Optional("plot-file", "results.png"));
        await File.WriteAllTextAsync(options.Required("md"), markdown);
        await File.WriteAllTextAsync(options.Required("plot-data"), ResultsReport.PlotData(runs));
        Console.WriteLine(ResultsReport.Tables(runs));
        foreach (var target in ResultsReport.Targets(runs)) Console.WriteLine($"{target.Verdict,-13} {target.Name}: {target.MeasuredText} (limit {target.Limit} {target.Unit}; {target.Where})");
        return 0;

    default:
        Console.Error.WriteLine($"Unknown verb '{args[0]}'.");
        return 2;
}
