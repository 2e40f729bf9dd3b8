using ChatBot.Core.Text;

namespace ChatBot.Core.Tests.Text;

public class NounClassesTests
{
    [Theory]
    [InlineData("eggs", "food")]
    [InlineData("Berries.", "food")]
    [InlineData("whale's", "animal")]
    [InlineData("mice", "animal")]
    [InlineData("vases", "artifact")]
    public void A_noun_is_looked_up_as_wordnet_would_find_it_singular_plural_irregular_or_with_trailing_punctuation(string word, string expected) =>
        Assert.Contains(expected, NounClasses.Of(word));

    [Theory]
    [InlineData("annual")]
    [InlineData("democracy")]
    [InlineData("seasonal")]
    public void Modifiers_and_abstract_nouns_have_no_class(string word) =>
        Assert.Empty(NounClasses.Of(word));
}
