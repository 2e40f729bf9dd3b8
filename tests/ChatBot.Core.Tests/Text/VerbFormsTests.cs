using ChatBot.Core.Text;

namespace ChatBot.Core.Tests.Text;

public class VerbFormsTests
{
    [Theory]
    [InlineData("reassigned", true)]
    [InlineData("planting", true)]
    [InlineData("won", true)] // irregular forms, from WordNet's verb exceptions
    [InlineData("made", true)]
    [InlineData("took", true)]
    [InlineData("red", false)]
    [InlineData("ring", false)]
    [InlineData("team", false)]
    [InlineData("Reading", false)]
    public void Regular_and_irregular_inflected_forms_are_told_from_other_words(string word, bool expected) =>
        Assert.Equal(expected, VerbForms.IsInflected(word));
}
