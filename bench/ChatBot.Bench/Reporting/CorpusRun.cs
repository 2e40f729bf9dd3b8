using System.Globalization;
using System.Text.Json;
using ChatBot.Bench.Queries;

namespace ChatBot.Bench.Reporting;

/// <summary>
/// Everything bench/run measured for one corpus, read back from its run folder: corpus.txt ("files bytes"),
/// index.time, reindex.time, ask-N.time, dbsize.txt, query.time and query.json.
/// </summary>
internal sealed record CorpusRun(
    string Name,
    string Label,
    int Files,
    long Bytes,
    ProcessFigures? Index,
    ProcessFigures? Reindex,
    IReadOnlyList<ProcessFigures> ColdAsks,
    long IndexBytes,
    ProcessFigures? Serving,
    QueryResults? Queries)
{
    public static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public double Megabytes => Bytes / 1048576.0;

    public int Stories => Queries?.Stories ?? Files;

    public double? ColdAskMedian => ColdAsks.Count == 0 ? null : ColdAsks.Select(a => a.WallSeconds).Order().ElementAt(ColdAsks.Count / 2);

    public static CorpusRun Read(string folder, string label)
    {
        var corpus = ReadWords(Path.Combine(folder, "corpus.txt"));
        var queryJson = Path.Combine(folder, "query.json");
        return new CorpusRun(
            Path.GetFileName(folder),
            label,
            corpus.Length > 0 ? int.Parse(corpus[0], CultureInfo.InvariantCulture) : 0,
            corpus.Length > 1 ? long.Parse(corpus[1], CultureInfo.InvariantCulture) : 0,
            ProcessFigures.Read(Path.Combine(folder, "index.time")),
            ProcessFigures.Read(Path.Combine(folder, "reindex.time")),
            Directory.EnumerateFiles(folder, "ask-*.time").Order(StringComparer.Ordinal).Select(ProcessFigures.Read).OfType<ProcessFigures>().ToList(),
            ReadWords(Path.Combine(folder, "dbsize.txt")) is [var size, ..] ? long.Parse(size, CultureInfo.InvariantCulture) : 0,
            ProcessFigures.Read(Path.Combine(folder, "query.time")),
            File.Exists(queryJson) ? JsonSerializer.Deserialize<QueryResults>(File.ReadAllText(queryJson), Json) : null);
    }

    private static string[] ReadWords(string path) =>
        File.Exists(path) ? File.ReadAllText(path).Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries) : [];
}
