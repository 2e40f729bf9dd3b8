namespace ChatBot.Core.Text;

/// <summary>
/// Word groups read from a table of one group per line (space-separated lower-case words, '#' starts a comment
/// line), Porter-stemmed here with the index's stemmer so the table's words match the index's terms exactly.
/// A stem in several groups answers for the union of them; its canonical stem is the first stem of its first group.
/// </summary>
internal sealed class ThesaurusTable
{
    private readonly Dictionary<string, HashSet<string>> _byStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _canonicals = new(StringComparer.Ordinal);

    /// <summary>The number of groups that still hold two stems or more after stemming.</summary>
    public int GroupCount { get; }

    public ThesaurusTable(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var stems = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(PorterStemmer.Stem)
                .Distinct(StringComparer.Ordinal).ToList();
            if (stems.Count < 2) continue; // "buy buying" is one stem: the stemmer already joins them
            GroupCount++;
            foreach (var stem in stems)
            {
                _canonicals.TryAdd(stem, stems[0]);
                if (_byStem.TryGetValue(stem, out var existing)) existing.UnionWith(stems);
                else _byStem[stem] = new HashSet<string>(stems, StringComparer.Ordinal);
            }
        }
    }

    public IReadOnlySet<string> Equivalents(string stem) =>
        _byStem.TryGetValue(stem, out var group) ? group : new HashSet<string>(StringComparer.Ordinal) { stem };

    public string Canonical(string stem) => _canonicals.TryGetValue(stem, out var canonical) ? canonical : stem;
}
