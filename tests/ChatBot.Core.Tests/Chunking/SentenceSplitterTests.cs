using ChatBot.Core.Chunking;

namespace ChatBot.Core.Tests.Chunking;

public class SentenceSplitterTests
{
    private static List<string> Sentences(string text) => SentenceSplitter.Split(text).Select(s => s.Of(text)).ToList();

    [Fact]
    public void Splits_on_full_stops_followed_by_a_capital()
    {
        Assert.Equal(["The vote passed.", "Protests followed."], Sentences("The vote passed. Protests followed."));
    }

    [Fact]
    public void Keeps_abbreviations_titles_and_initials_inside_the_sentence()
    {
        var text = "Dr. Smith met Mr. J. R. Jones of Acme Inc. in the U.S. capital on Monday. They spoke.";
        Assert.Equal(["Dr. Smith met Mr. J. R. Jones of Acme Inc. in the U.S. capital on Monday.", "They spoke."], Sentences(text));
    }

    [Fact]
    public void Keeps_decimals_and_thousands_separators_inside_the_sentence()
    {
        var text = "Shares rose 1.5 percent to 6,500.25 points. Volume was 12,000,000.";
        Assert.Equal(["Shares rose 1.5 percent to 6,500.25 points.", "Volume was 12,000,000."], Sentences(text));
    }

    [Fact]
    public void Ends_the_sentence_after_a_closing_quotation_mark()
    {
        var text = "He said, “It is over.” Then he left. She called it 'the gulag.' Nobody laughed.";
        Assert.Equal(["He said, “It is over.”", "Then he left.", "She called it 'the gulag.'", "Nobody laughed."], Sentences(text));
    }

    [Fact]
    public void Treats_each_bullet_line_as_its_own_sentence_without_the_bullet()
    {
        var text = "Key insights\n\n  • Meta reassigned roughly 6,500 engineers\n  • Over 1,600 employees signed a petition.\n";
        Assert.Equal(["Key insights", "Meta reassigned roughly 6,500 engineers", "Over 1,600 employees signed a petition."], Sentences(text));
    }

    [Fact]
    public void Joins_hard_wrapped_lines_of_one_sentence()
    {
        var text = "The committee said on Tuesday that the proposal would be\nreviewed again next month. A vote is expected.";
        Assert.Equal(["The committee said on Tuesday that the proposal would be\nreviewed again next month.", "A vote is expected."], Sentences(text));
    }

    [Fact]
    public void Splits_a_very_long_run_on_line_at_clause_boundaries()
    {
        var clause = "the council debated the budget for the coming year at length";
        var text = string.Join(", ", Enumerable.Repeat(clause, 30)) + ".";
        var sentences = SentenceSplitter.Split(text);
        Assert.True(sentences.Count > 1);
        Assert.All(sentences, s => Assert.True(s.Length <= SentenceSplitter.MaxSentenceLength));
        Assert.All(sentences.Skip(1), s => Assert.Equal('t', text[s.Start]));
    }

    [Fact]
    public void Spans_point_into_the_original_text()
    {
        var text = "  First one.\n\nSecond one?  Third!  ";
        foreach (var span in SentenceSplitter.Split(text))
        {
            Assert.False(char.IsWhiteSpace(text[span.Start]));
            Assert.False(char.IsWhiteSpace(text[span.End - 1]));
        }

        Assert.Equal(["First one.", "Second one?", "Third!"], Sentences(text));
    }
}
