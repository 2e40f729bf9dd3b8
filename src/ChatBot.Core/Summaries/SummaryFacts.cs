using ChatBot.Core.Answering;
using ChatBot.Core.Chunking;
using ChatBot.Core.Disagreements;
using ChatBot.Core.Stories;
using ChatBot.Core.Text;

namespace ChatBot.Core.Summaries;

/// <summary>
/// What the sentences of the stories in a summary's scope state, as <see cref="Corroboration"/> compares them:
/// a figure with what it counts and the verb it goes with, and the sentence's terms. No question narrows them,
/// so a figure's key is its counted thing and verb, which is what the disagreement detector compares too.
/// </summary>
internal sealed class SummaryFacts
{
    private readonly List<StatedFact> _all = [];

    private SummaryFacts(IReadOnlyDictionary<string, string> origins) => Origins = origins;

    /// <summary>Each story's origin: copies of one story never corroborate each other.</summary>
    public IReadOnlyDictionary<string, string> Origins { get; }

    /// <summary>The facts of every full sentence of <paramref name="stories"/>.</summary>
    public static SummaryFacts Of(IEnumerable<Story> stories, IReadOnlyDictionary<string, string> origins)
    {
        var facts = new SummaryFacts(origins);
        foreach (var story in stories)
        {
            foreach (var sentence in SentenceSplitter.Split(story.Text).Where(s => IsFullSentence(story.Text, s)))
            {
                facts._all.Add(FactOf(story, sentence));
            }
        }

        return facts;
    }

    /// <summary>The other independent stories stating what <paramref name="sentence"/> of <paramref name="story"/> states.</summary>
    public List<string> CorroboratorsOf(Story story, TextSpan sentence) =>
        Corroboration.Of(FactOf(story, sentence), _all, Origins);

    /// <summary>A sentence, not a headline, label or navigation fragment: long enough and ending in punctuation.</summary>
    public static bool IsFullSentence(string text, TextSpan span) =>
        span.Length >= 60 && ".!?\"'”’".Contains(text[span.End - 1]);

    private static StatedFact FactOf(Story story, TextSpan sentence)
    {
        var keys = NumericClaimExtractor.Extract(story.Id, story.Text, sentence)
            .Where(c => c.Predicate is not null)
            .Select(c => $"{c.Category}|{Thesaurus.Canonical(c.Predicate!)}|{c.Value:R}")
            .ToHashSet(StringComparer.Ordinal);
        return new StatedFact(story.Id, keys, Tokenizer.DistinctTerms(sentence.Of(story.Text)).ToHashSet(StringComparer.Ordinal));
    }
}
