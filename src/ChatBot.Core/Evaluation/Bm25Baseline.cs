using System.Text;
using ChatBot.Core.Answering;
using ChatBot.Core.Chunking;
using ChatBot.Core.Index;
using ChatBot.Core.Text;

namespace ChatBot.Core.Evaluation;

/// <summary>
/// The obvious approach every eval is measured against, an afternoon's work: the top three BM25 passages for the
/// question's terms, the first sentence of each that shares a word with the question, never a refusal. It lives
/// here, beside the scorer, and never on the product's path.
/// </summary>
public sealed class Bm25Baseline(IStoryIndex index)
{
    private const int Passages = 3;

    /// <summary>The baseline's answer to <paramref name="question"/>, quotes verified like any other.</summary>
    public async Task<Answer> AskAsync(string question, CancellationToken cancellationToken = default)
    {
        var terms = Tokenizer.DistinctTerms(question);
        var hits = terms.Count == 0 ? [] : await index.SearchAsync(new IndexQuery(terms, Passages), cancellationToken);
        var stories = await StoryLoader.LoadAsync(index, hits.Select(h => h.Chunk.StoryId), cancellationToken);
        var asked = terms.ToHashSet(StringComparer.Ordinal);
        var citations = new List<Citation>();
        var text = new StringBuilder();
        foreach (var hit in hits)
        {
            var chunk = hit.Chunk;
            var sentence = SentenceSplitter.Split(chunk.Text).Cast<TextSpan?>().FirstOrDefault(s => Tokenizer.Terms(s!.Value.Of(chunk.Text)).Any(asked.Contains));
            if (sentence is null || !stories.TryGetValue(chunk.StoryId, out var story)) continue;
            if (CitationFactory.Create(citations.Count + 1, story, sentence.Value.Of(chunk.Text), chunk.Start + sentence.Value.Start) is not { } citation) continue;
            citations.Add(citation);
            QuotedLine.Append(text, story, citation);
        }

        return new Answer(question, true, text.ToString(), citations, [], new AnswerTimings(0, 0, 0));
    }
}
