using ChatBot.Core.Text;

namespace ChatBot.Core.Tests.Text;

public class TokenizerTests
{
    [Fact]
    public void Thousands_separators_are_removed_so_6500_and_6_500_are_one_term()
    {
        Assert.Equal(Tokenizer.Terms("6500"), Tokenizer.Terms("6,500"));
        Assert.Equal(["6500", "engin"], Tokenizer.Terms("roughly 6,500 engineers"));
    }

    [Fact]
    public void Decimals_keep_their_point_and_sentence_ends_do_not_stick_to_numbers()
    {
        Assert.Equal(["1.5", "percent"], Tokenizer.Terms("1.5 percent"));
        Assert.Equal(["rose", "15"], Tokenizer.Terms("It rose 15."));
    }

    [Fact]
    public void Stop_words_go_and_inflections_meet_in_one_stem()
    {
        Assert.Equal(Tokenizer.Terms("reassigned engineers"), Tokenizer.Terms("the reassignment of an engineer"));
        Assert.Empty(Tokenizer.Terms("How did they do it?"));
    }

    [Fact]
    public void Possessives_are_dropped()
    {
        Assert.Equal(["meta", "plan"], Tokenizer.Terms("Meta’s plan"));
        Assert.Equal(["meta", "plan"], Tokenizer.Terms("Meta's plan"));
    }

    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("relational", "relat")]
    [InlineData("hopping", "hop")]
    [InlineData("generalization", "gener")]
    [InlineData("signed", "sign")]
    public void Porter_stemmer_matches_the_published_examples(string word, string stem)
    {
        Assert.Equal(stem, PorterStemmer.Stem(word));
    }
}
