using System.Diagnostics;
using System.Text;
using ChatBot.Core.Answering;
using ChatBot.Core.Chunking;
using ChatBot.Core.Disagreements;
using ChatBot.Core.Ingestion.Duplicates;
using ChatBot.Core.Stories;
using ChatBot.Core.Text;

namespace ChatBot.Core.Summaries;

/// <summary>
/// Extractive summaries, laid out by <see cref="SummaryComposer"/>: "N reports, M independent", then where the
/// stories conflict (the numeric disagreement detector, copies counted once), then what only one independent
/// story reports, then what several agree on (<see cref="Corroboration"/>). The quoted sentences are each
/// independent story's lead and the sentence that best covers the topic; a syndicated copy is not quoted again
/// beside its original. The scope is <see cref="SummaryScope"/>'s.
/// </summary>
public sealed class Summarizer(SummaryScope scope, IDuplicateRegistry? duplicates = null) : ISummaryStrategy
{
    /// <inheritdoc />
    public async Task<Answer> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var question = string.IsNullOrWhiteSpace(request.Topic) ? "Summary of all stories" : request.Topic!;
        var topicTerms = SummaryScope.TopicTerms(request.Topic);
        var stories = await scope.ResolveAsync(request, cancellationToken);
        var retrievalMs = stopwatch.Elapsed.TotalMilliseconds;
        if (stories.Count == 0)
        {
            return new Answer(question, false, "No indexed story matches that topic, source or date.", [], [], new AnswerTimings(retrievalMs, 0, stopwatch.Elapsed.TotalMilliseconds));
        }

        var byId = stories.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var origins = await OriginsAsync(byId.Keys, cancellationToken);
        var composer = new SummaryComposer(stories, origins);
        var claims = stories.SelectMany(s => SentenceSplitter.Split(s.Text).SelectMany(span => NumericClaimExtractor.Extract(s.Id, s.Text, span)));
        var disagreements = SummaryComposer.ConflictsFirst(DisagreementDetector.Detect(claims, byId, origins: origins));
        var citations = new List<Citation>();
        var sections = new List<string> { composer.Disagreements(disagreements, citations) };
        var sides = SummaryComposer.SidesCited(disagreements, citations);

        var quoted = new List<Citation>();
        foreach (var story in stories.Where(s => origins[s.Id] == s.Id || !byId.ContainsKey(origins[s.Id])))
        {
            foreach (var sentence in KeySentences(story, topicTerms))
            {
                // A sentence already quoted as a side of a disagreement is not repeated as a claim of its own.
                if (citations.Concat(quoted).Any(c => c.SourceId == story.Id && c.Start <= sentence.Start && c.End >= sentence.End)) continue;
                var citation = CitationFactory.Create(0, story, sentence.Of(story.Text), sentence.Start);
                if (citation is not null) quoted.Add(composer.Corroborated(citation));
            }
        }

        // Numbered in the order the text shows them: disagreements, then single-source claims, then agreed ones.
        var single = quoted.Where(c => c.CorroboratedBy!.Count == 0).ToList();
        var agreed = Distinct(quoted.Where(c => c.CorroboratedBy!.Count > 0));
        var numbered = single.Concat(agreed).Select((c, i) => c with { Number = citations.Count + i + 1 }).ToList();
        citations.AddRange(numbered);
        sections.Add(composer.QuotedLines(SummaryComposer.SingleSourceHeading, numbered.Take(single.Count)));
        sections.Add(composer.Independent > 1 && agreed.Count == 0
            ? SummaryComposer.AgreedHeading + " nothing quoted here is stated by more than one independent story."
            : composer.QuotedLines(SummaryComposer.AgreedHeading, numbered.Skip(single.Count)));

        var outline = composer.Outline(citations, sides);
        var text = string.Join("\n\n", sections.Where(t => t.Length > 0).Prepend(outline.CountSentence()));
        var total = stopwatch.Elapsed.TotalMilliseconds;
        return new Answer(question, citations.Count > 0, text, citations, disagreements, new AnswerTimings(retrievalMs, total - retrievalMs, total), QuotesProposed: citations.Count)
        {
            Summary = outline,
        };
    }

    /// <summary>Each story's origin from the duplicate registry (every story its own origin without one).</summary>
    internal Task<IReadOnlyDictionary<string, string>> OriginsAsync(IEnumerable<string> storyIds, CancellationToken cancellationToken = default) =>
        OriginMap.LoadAsync(duplicates, storyIds, cancellationToken);

    /// <summary>
    /// Agreed claims once: a citation another listed one already corroborates (the other story's telling of the
    /// same fact) is left out, since the line already names its story.
    /// </summary>
    private static List<Citation> Distinct(IEnumerable<Citation> agreed)
    {
        var kept = new List<Citation>();
        foreach (var citation in agreed)
        {
            if (kept.Any(k => k.CorroboratedBy!.Contains(citation.SourceId, StringComparer.Ordinal) && citation.CorroboratedBy!.Contains(k.SourceId, StringComparer.Ordinal))) continue;
            kept.Add(citation);
        }

        return kept;
    }

    /// <summary>The story's lead (its first full sentence) and, when different, the sentence that best covers the topic.</summary>
    private static IEnumerable<TextSpan> KeySentences(Story story, IReadOnlyList<string> topicTerms)
    {
        var sentences = SentenceSplitter.Split(story.Text);
        var lead = sentences.FirstOrDefault(s => s.Length >= 60 && InBodyParagraph(story.Text, s));
        if (lead != default) yield return lead;
        if (topicTerms.Count == 0) yield break;
        var best = sentences
            .Where(IsFullSentence(story.Text))
            .Select(s => (Span: s, Hits: Tokenizer.DistinctTerms(s.Of(story.Text)).Count(topicTerms.Contains)))
            .Where(s => s.Hits > 0)
            .OrderByDescending(s => s.Hits)
            .ThenBy(s => s.Span.Start)
            .Select(s => s.Span)
            .FirstOrDefault();
        if (best != default && best != lead) yield return best;
    }

    /// <summary>True when the sentence sits in a line long enough to be body text, not a headline or a label.</summary>
    private static bool InBodyParagraph(string text, TextSpan sentence)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, sentence.Start - 1)) + 1;
        var lineEnd = text.IndexOf('\n', sentence.Start);
        return (lineEnd < 0 ? text.Length : lineEnd) - lineStart >= 150;
    }

    private static Func<TextSpan, bool> IsFullSentence(string text) => span => SummaryFacts.IsFullSentence(text, span);
}
