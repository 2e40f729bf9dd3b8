using ChatBot.Core.Chunking;
using ChatBot.Core.Index;
using ChatBot.Core.Text;

namespace ChatBot.Core.Tests.Index;

public sealed class PassageSentencesTests
{
    [Fact]
    public void Sentences_are_the_passages_own_split_with_each_sentences_distinct_terms_in_order()
    {
        const string passage = "Meta's engineers were reassigned. About 6,500 engineers, reassigned again, said so.";

        var sentences = PassageSentences.Of(passage);

        Assert.Equal(["Meta's engineers were reassigned.", "About 6,500 engineers, reassigned again, said so."], sentences.Select(s => s.Span.Of(passage)));
        // Stemmed, stop words ("about", "again", "said") left out, the number as one term, each term once.
        Assert.Equal(["6500", "engin", "reassign"], sentences[1].Terms.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_stored_form_reads_back_exactly_even_a_sentence_without_terms()
    {
        var sentences = PassageSentences.Of("The 3.5% rise was the first. \"Is it?\" — A.\n\nIt was.");

        var decoded = PassageSentences.Decode(PassageSentences.Encode(sentences));

        Assert.Equal(sentences.Select(s => s.Span), decoded.Select(s => s.Span));
        Assert.Equal(sentences.Select(s => s.Terms.ToList()), decoded.Select(s => s.Terms.ToList()));
        Assert.Contains(decoded, s => s.Terms.Count == 0);
        Assert.Empty(PassageSentences.Decode(PassageSentences.Encode([])));
    }
}
