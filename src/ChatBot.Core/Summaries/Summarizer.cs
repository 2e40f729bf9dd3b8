using System.Diagnostics;
using System.Text;
using ChatBot.Core.Answering;
using ChatBot.Core.Chunking;
using ChatBot.Core.Disagreements;
using ChatBot.Core.Index;
using ChatBot.Core.Retrieval;
using ChatBot.Core.Stories;
using ChatBot.Core.Text;

namespace ChatBot.Core.Summaries;

/// <summary>
/// Extractive summaries: per story in scope, its lead sentence and the sentence that best covers the topic,
/// cited; then where the stories disagree. Scope: the stories matching the topic (all when it is empty),
/// optionally one story or outlet, optionally only those published since a date.
/// </summary>
public sealed class Summarizer(IStoryIndex index, Retriever retriever, int maxStories = 8)
{
    /// <summary>Words that ask for a summary rather than name its topic.</summary>
    private static readonly HashSet<string> RequestWords = new(StringComparer.Ordinal)
    {
        "summar", "summari", "summaris", "summariz", "coverag", "overview", "recap", "give", "brief", "explain",
    };

    /// <summary>Summarises what the request scopes.</summary>
    public async Task<Answer> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var question = string.IsNullOrWhiteSpace(request.Topic) ? "Summary of all stories" : request.Topic!;
        var topicTerms = Tokenizer.DistinctTerms(request.Topic ?? "").Where(t => !RequestWords.Contains(t)).ToList();
        var scope = await ScopeAsync(request, topicTerms, cancellationToken);
        var retrievalMs = stopwatch.Elapsed.TotalMilliseconds;
        if (scope.Count == 0)
        {
            return new Answer(question, false, "No indexed story matches that topic, source or date.", [], [], new AnswerTimings(retrievalMs, 0, stopwatch.Elapsed.TotalMilliseconds));
        }

        var stories = scope.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var citations = new List<Citation>();
        var text = new StringBuilder();
        var outlets = scope.Select(s => s.Metadata.Outlet ?? s.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        text.Append(scope.Count == 1 ? "1 report" : $"{scope.Count} reports").Append(" from ").Append(outlets == 1 ? "1 source" : $"{outlets} sources").Append('.');
        foreach (var story in scope)
        {
            foreach (var sentence in KeySentences(story, topicTerms))
            {
                var citation = CitationFactory.Create(citations.Count + 1, story, sentence.Of(story.Text), sentence.Start);
                if (citation is null) continue;
                citations.Add(citation);
                QuotedLine.Append(text, story, citation);
            }
        }

        var claims = scope.SelectMany(s => SentenceSplitter.Split(s.Text).SelectMany(span => NumericClaimExtractor.Extract(s.Id, s.Text, span)));
        var disagreements = DisagreementDetector.Detect(claims, stories);
        text.Append(DisagreementProse.Describe(disagreements, citations, stories));
        var total = stopwatch.Elapsed.TotalMilliseconds;
        return new Answer(question, citations.Count > 0, text.ToString(), citations, disagreements, new AnswerTimings(retrievalMs, total - retrievalMs, total), QuotesProposed: citations.Count);
    }

    private async Task<List<Story>> ScopeAsync(SummaryRequest request, IReadOnlyList<string> topicTerms, CancellationToken cancellationToken)
    {
        var listings = await index.ListStoriesAsync(cancellationToken);
        IEnumerable<StoryListing> candidates = listings;
        if (!string.IsNullOrWhiteSpace(request.SourceId))
        {
            candidates = candidates.Where(l => l.StoryId == request.SourceId || string.Equals(l.Metadata.Outlet, request.SourceId, StringComparison.OrdinalIgnoreCase));
        }

        if (request.Since is { } since) candidates = candidates.Where(l => l.Metadata.Published >= since);
        var ids = candidates.Select(l => l.StoryId).ToList();
        if (topicTerms.Count > 0)
        {
            var retrieval = await retriever.RetrieveAsync(string.Join(' ', topicTerms), new IndexFilter(StoryIds: ids), cancellationToken);
            ids = retrieval.Passages.Select(p => p.StoryId).Distinct(StringComparer.Ordinal).ToList();
        }

        var stories = await StoryLoader.LoadAsync(index, ids.Take(maxStories), cancellationToken);
        return ids.Where(stories.ContainsKey).Select(id => stories[id]).ToList();
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
