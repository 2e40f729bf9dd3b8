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
/// Extractive summaries: per story in scope, its lead sentence and the sentence that best covers the topic,
/// cited (a syndicated copy is not quoted again beside its original); then where the stories disagree. The
/// scope is <see cref="SummaryScope"/>'s.
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
        var origins = await OriginMap.LoadAsync(duplicates, byId.Keys, cancellationToken);
        var citations = new List<Citation>();
        var text = new StringBuilder();
        text.Append(ReportCountSentence(stories, origins));
        foreach (var story in stories.Where(s => origins[s.Id] == s.Id || !byId.ContainsKey(origins[s.Id])))
        {
            foreach (var sentence in KeySentences(story, topicTerms))
            {
                var citation = CitationFactory.Create(citations.Count + 1, story, sentence.Of(story.Text), sentence.Start);
                if (citation is null) continue;
                citations.Add(citation);
                QuotedLine.Append(text, story, citation);
            }
        }

        var claims = stories.SelectMany(s => SentenceSplitter.Split(s.Text).SelectMany(span => NumericClaimExtractor.Extract(s.Id, s.Text, span)));
        var disagreements = DisagreementDetector.Detect(claims, byId, origins: origins);
        text.Append(DisagreementProse.CiteSides(disagreements, citations, byId));
        var total = stopwatch.Elapsed.TotalMilliseconds;
        return new Answer(question, citations.Count > 0, text.ToString(), citations, disagreements, new AnswerTimings(retrievalMs, total - retrievalMs, total), QuotesProposed: citations.Count);
    }

    /// <summary>"5 reports from 4 outlets, 3 independent.": copies of one story count once as independent.</summary>
    private static string ReportCountSentence(IReadOnlyList<Story> stories, IReadOnlyDictionary<string, string> origins)
    {
        var outlets = stories.Select(s => s.Metadata.Outlet ?? s.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var independent = stories.Select(s => origins[s.Id]).Distinct(StringComparer.Ordinal).Count();
        var sentence = (stories.Count == 1 ? "1 report" : $"{stories.Count} reports") + " from " + (outlets == 1 ? "1 outlet" : $"{outlets} outlets");
        return independent < stories.Count ? $"{sentence}, {independent} independent." : sentence + ".";
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

    /// <summary>A sentence, not a headline, label or navigation fragment: long enough and ending in punctuation.</summary>
    private static Func<TextSpan, bool> IsFullSentence(string text) => span =>
        span.Length >= 60 && ".!?\"'”’".Contains(text[span.End - 1]);
}
