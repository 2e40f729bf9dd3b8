using ChatBot.Core.Answering;
using ChatBot.Core.Stories;

namespace ChatBot.Core.Evaluation;

/// <summary>Scores one structured answer against its gold question, reading the structure, not parsed prose.</summary>
public static class AnswerScorer
{
    public static QuestionScore Score(GoldQuestion gold, Answer answer, IReadOnlyDictionary<string, Story> stories, double latencyMs)
    {
        var cited = answer.Citations.Select(c => c.SourceId).ToHashSet(StringComparer.Ordinal);
        return new QuestionScore(
            gold.Id,
            gold.Facts is { Count: > 0 } facts ? facts.Count(g => g.Any(alt => answer.Text.Contains(alt, StringComparison.OrdinalIgnoreCase))) / (double)facts.Count : null,
            gold.Cite is { Count: > 0 } cite ? cite.Count(g => g.Any(cited.Contains)) / (double)cite.Count : null,
            gold.Relevant is not null && cited.Count > 0 ? cited.Count(gold.Relevant.Contains) / (double)cited.Count : null,
            QuoteFidelity(answer, stories),
            gold.Disagreement is { Expected: true } expected ? FlagsValues(answer, expected.Values ?? []) : null,
            gold.Disagreement is { Expected: false } ? answer.Disagreements.Count > 0 : null,
            gold.IsUnanswerable ? !answer.Answered && answer.Citations.Count == 0 : answer.Answered,
            latencyMs);
    }

    /// <summary>Share of the answer's quotes (citations and disagreement sides) verbatim in the story they cite.</summary>
    private static double? QuoteFidelity(Answer answer, IReadOnlyDictionary<string, Story> stories)
    {
        var quotes = answer.Citations.Select(c => (c.SourceId, c.Quote))
            .Concat(answer.Disagreements.SelectMany(d => d.Claims).Select(c => (c.SourceId, c.Quote)))
            .ToList();
        if (quotes.Count == 0) return null;
        return quotes.Count(q => stories.TryGetValue(q.SourceId, out var story) && QuoteVerifier.IsVerbatim(story.Text, q.Quote)) / (double)quotes.Count;
    }

    /// <summary>True when one flagged disagreement has, for every value group, a claim stating one of its alternatives.</summary>
    private static bool FlagsValues(Answer answer, IReadOnlyList<IReadOnlyList<string>> values) =>
        answer.Disagreements.Any(d => values.All(group => d.Claims.Any(c => group.Any(alt => WithoutSeparators(c.Value).Contains(WithoutSeparators(alt), StringComparison.OrdinalIgnoreCase)))));

    private static string WithoutSeparators(string value) => value.Replace(",", "", StringComparison.Ordinal);
}
