using ChatBot.Core.Ingestion;

namespace ChatBot.Bench.Corpora;

/// <summary>
/// A smaller corpus drawn evenly from a larger one: every k-th story file in path order, so each category of
/// the source keeps its share. Relative paths are kept, so story ids match the full corpus.
/// </summary>
internal static class CorpusSubset
{
    public static int Copy(string source, string output, int count)
    {
        // A collection's README is a story to the product, but not one to sample.
        var files = StoryFiles(source).Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.OrdinalIgnoreCase)).ToList();
        if (files.Count == 0) return 0;
        var step = Math.Max(1.0, files.Count / (double)count);
        var copied = 0;
        for (var position = 0.0; position < files.Count && copied < count; position += step)
        {
            var file = files[(int)position];
            var target = Path.Combine(output, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
            copied++;
        }

        return copied;
    }

    /// <summary>The files the product's folder source would read, in the order it reads them.</summary>
    public static List<string> StoryFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(path => StoryFileParser.Extensions.Contains(Path.GetExtension(path)))
            .Order(StringComparer.Ordinal)
            .ToList();
}
