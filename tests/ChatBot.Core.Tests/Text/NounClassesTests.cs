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

    [Theory]
    [InlineData("president", true)]
    [InlineData("Senator", true)]
    [InlineData("governor", false)]
    [InlineData("CEO", true)]
    [InlineData("host", false)]
    [InlineData("star", false)]
    [InlineData("city", false)]
    public void Only_a_word_whose_usual_senses_are_all_people_names_only_people(string word, bool expected) =>
        Assert.Equal(expected, NounClasses.NamesOnlyPeople(word));

    [Theory]
    [InlineData("team", true)]
    [InlineData("company", true)]
    [InlineData("country", true)]
    [InlineData("city", true)]
    [InlineData("figure", false)]
    [InlineData("actor", false)]
    [InlineData("retailer", false)]
    public void Groups_and_places_are_told_from_nouns_that_may_name_a_person(string word, bool expected) =>
        Assert.Equal(expected, NounClasses.NamesGroupsOrPlaces(word));

    [Theory]
    [InlineData("president")]
    [InlineData("team")]
    [InlineData("city")]
    public void The_classes_of_what_names_name_are_not_concrete_classes(string word) =>
        Assert.Empty(NounClasses.Of(word));
}
