using System.Text;
using System.Text.RegularExpressions;
using ChatBot.Core.Answering;
using ChatBot.Core.Chunking;
using ChatBot.Core.Disagreements;
using ChatBot.Core.Stories;

namespace ChatBot.Core.Summaries;

/// <summary>
/// Lays a summary out in the order a reader needs it: how many reports and how many independent, then where
/// they conflict (each disagreement in <see cref="DisagreementProse"/>'s words with its sides' quotes), then
/// what only one independent story reports, then what several agree on. Both summarizers use it, so the
/// extractive and the model-written summary lead the same way.
/// </summary>
internal sealed partial class SummaryComposer
{
    public const string DisagreeHeading = "Where the sources disagree:";
    public const string SingleSourceHeading = "Reported by one source only:";
    public const string AgreedHeading = "What the sources agree on:";

    private readonly Dictionary<string, Story> _byId;
    private readonly SummaryFacts _facts;
    private readonly IReadOnlyDictionary<string, string> _origins;

    public SummaryComposer(IReadOnlyList<Story> stories, IReadOnlyDictionary<string, string> origins)
    {
        _byId = stories.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _facts = SummaryFacts.Of(stories, origins);
        _origins = origins;
        Reports = stories.Count;
        Independent = stories.Select(s => origins.GetValueOrDefault(s.Id) ?? s.Id).Distinct(StringComparer.Ordinal).Count();
    }

    public int Reports { get; }

    public int Independent { get; }

    /// <summary>Conflicts first, then differences that can both hold; otherwise in the order found.</summary>
    public static List<Disagreement> ConflictsFirst(IEnumerable<Disagreement> disagreements) =>
        disagreements.OrderBy(d => d.Relation == DisagreementRelations.Conflict ? 0 : 1).ToList();

    /// <summary>
    /// The disagreements paragraph (empty when there are none): each one's sentence, then its sides' quoted lines,
    /// the sides cited into <paramref name="citations"/> when not already there.
    /// </summary>
    public string Disagreements(IReadOnlyList<Disagreement> disagreements, List<Citation> citations)
    {
        if (disagreements.Count == 0) return "";
        var text = new StringBuilder(DisagreeHeading);
        foreach (var disagreement in disagreements)
        {
            var sides = DisagreementProse.CiteSides([disagreement], citations, _byId, _origins);
            text.Append('\n').Append(DisagreementProse.Sentence(disagreement, citations)).Append(sides.TrimEnd('\n'));
        }

        return text.ToString();
    }

    /// <summary>The citation with the other independent stories in scope that state the same fact.</summary>
    public Citation Corroborated(Citation citation) =>
        _byId.TryGetValue(citation.SourceId, out var story)
            ? citation with { CorroboratedBy = _facts.CorroboratorsOf(story, new TextSpan(citation.Start, citation.End)) }
            : citation;

    /// <summary>The outline for <paramref name="citations"/>: the ones outside a disagreement, by whether another story corroborates them.</summary>
    public SummaryOutline Outline(IReadOnlyList<Citation> citations, IReadOnlySet<int> disagreementSides)
    {
        var rest = citations.Where(c => !disagreementSides.Contains(c.Number) && c.CorroboratedBy is not null).ToList();
        return new SummaryOutline(
            Reports,
            Independent,
            [.. rest.Where(c => c.CorroboratedBy!.Count == 0).Select(c => c.Number)],
            [.. rest.Where(c => c.CorroboratedBy!.Count > 0).Select(c => c.Number)]);
    }

    /// <summary>The numbers of the citations that quote a side of a disagreement.</summary>
    public static HashSet<int> SidesCited(IReadOnlyList<Disagreement> disagreements, IReadOnlyList<Citation> citations) =>
        citations
            .Where(c => disagreements.SelectMany(d => d.Claims).Any(s => s.SourceId == c.SourceId && c.Start <= s.Start && c.End >= s.End))
            .Select(c => c.Number)
            .ToHashSet();

    /// <summary>A quoted line per citation: <c>Outlet: "quote" [n]</c>, saying when the story says AI wrote it and who else reports it.</summary>
    public string QuotedLines(string heading, IEnumerable<Citation> citations)
    {
        var text = new StringBuilder();
        foreach (var citation in citations)
        {
            QuotedLine.Append(text, _byId[citation.SourceId], citation);
            if (citation.AiGenerated == true) text.Append(" (the story says it is AI-generated)");
            if (citation.CorroboratedBy is { Count: > 0 } others)
            {
                text.Append(" (also reported by ").AppendJoin(", ", others.Select(id => _byId.TryGetValue(id, out var s) ? SourceLabel.For(s) : id)).Append(')');
            }
        }

        return text.Length == 0 ? "" : heading + "\n" + text;
    }

    /// <summary>"Reported by one source only: [2] The Next Web (TNW), which says it is AI-generated; [4] WIRED." for model-written prose.</summary>
    public string SingleSourceLine(IEnumerable<Citation> citations)
    {
        var items = citations.Select(c =>
        {
            var name = _byId.TryGetValue(c.SourceId, out var s) ? SourceLabel.For(s) : c.DisplayName ?? c.SourceId;
            return $"[{c.Number}] {name}" + (c.AiGenerated == true ? ", in a story that says it is AI-generated" : "");
        }).ToList();
        return items.Count == 0 ? "" : SingleSourceHeading + " " + string.Join("; ", items) + ".";
    }

    /// <summary>
    /// Model-written text whose markers [n] point at <paramref name="numbers"/>' keys, with each marker moved to
    /// its new number; a bracketed number that is not one of the markers is left as written.
    /// </summary>
    public static string Renumber(string text, IReadOnlyDictionary<int, int> numbers) =>
        Marker().Replace(text, m => int.TryParse(m.Groups[1].Value, out var n) && numbers.TryGetValue(n, out var moved) ? $"[{moved}]" : m.Value);

    [GeneratedRegex(@"\[(\d{1,4})\]")]
    private static partial Regex Marker();
}
