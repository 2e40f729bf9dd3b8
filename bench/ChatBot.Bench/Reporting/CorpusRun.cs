using System.Globalization;
using System.Text.Json;
using ChatBot.Bench.Queries;

namespace ChatBot.Bench.Reporting;

/// <summary>
/// Everything bench/run measured for one corpus, read back from its run folder: corpus.txt ("files bytes"),
/// index-N.time, reindex.time, ask-N.time, dbsize.txt, query.time, query.json and index-breakdown.json.
/// </summary>
internal sealed record CorpusRun(
    string Name,
    string Label,
    int Files,
    long Bytes,
    IReadOnlyList<ProcessFigures> IndexRuns,
    ProcessFigures? Reindex,
    IReadOnlyList<ProcessFigures> ColdAsks,
    long IndexBytes,
    ProcessFigures? Serving,
    QueryResults? Queries,
    IReadOnlyDictionary<string, double>? IndexSteps)
{
    public static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>The fastest cold index run: on a shared machine the others measure the neighbours too.</summary>
    public ProcessFigures? Index => IndexRuns.MinBy(i => i.WallSeconds);

    public double Megabytes => Bytes / 1048576.0;

    public int Stories => Queries?.Stories ?? Files;

    public double? ColdAskMedian => ColdAsks.Count == 0 ? null : ColdAsks.Select(a => a.WallSeconds).Order().ElementAt(ColdAsks.Count / 2);

    public static CorpusRun Read(string folder, string label)
    {
        var corpus = ReadWords(Path.Combine(folder, "corpus.txt"));
        var queryJson = Path.Combine(folder, "query.json");
        var stepsJson = Path.Combine(folder, "index-breakdown.json");
        // query.time exists even when the serving benchmark failed; its figures count only with its results.
        var queries = File.Exists(queryJson) ? JsonSerializer.Deserialize<QueryResults>(File.ReadAllText(queryJson), Json) : null;
        return new CorpusRun(
            Path.GetFileName(folder),
            label,
            corpus.Length > 0 ? int.Parse(corpus[0], CultureInfo.InvariantCulture) : 0,
            corpus.Length > 1 ? long.Parse(corpus[1], CultureInfo.InvariantCulture) : 0,
            TimeFiles(folder, "index-*.time"),
            ProcessFigures.Read(Path.Combine(folder, "reindex.time")),
            TimeFiles(folder, "ask-*.time"),
            ReadWords(Path.Combine(folder, "dbsize.txt")) is [var size, ..] ? long.Parse(size, CultureInfo.InvariantCulture) : 0,
            queries is null ? null : ProcessFigures.Read(Path.Combine(folder, "query.time")),
            queries,
            File.Exists(stepsJson) ? JsonSerializer.Deserialize<Dictionary<string, double>>(File.ReadAllText(stepsJson), Json) : null);
    }

    private static List<ProcessFigures> TimeFiles(string folder, string pattern) =>
        Directory.EnumerateFiles(folder, pattern).Order(StringComparer.Ordinal).Select(ProcessFigures.Read).OfType<ProcessFigures>().ToList();

    private static string[] ReadWords(string path) =>
        File.Exists(path) ? File.ReadAllText(path).Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries) : [];
}
