using ChatBot.Core.Text;

namespace ChatBot.Core.Tests.Text;

public class ThesaurusTests
{
    private static string Stem(string word) => PorterStemmer.Stem(word);

    [Fact]
    public void Shipped_WordNet_table_loads_as_an_embedded_resource()
    {
        Assert.True(Thesaurus.Load().GroupCount > 500);
    }

    [Theory]
    [InlineData("stay", "remain")]
    [InlineData("buy", "purchase")]
    [InlineData("begin", "start")]
    [InlineData("die", "death")] // a verb–noun derivation the stemmer alone does not join
    [InlineData("australian", "australia")] // a proper adjective and its place: too seldom tagged to be counted
    [InlineData("cambodian", "cambodia")]
    public void WordNet_synonyms_and_derivations_answer_for_each_other(string word, string equivalent)
    {
        Assert.Contains(Stem(equivalent), Thesaurus.Equivalents(Stem(word)));
        Assert.Contains(Stem(word), Thesaurus.Equivalents(Stem(equivalent)));
        Assert.Equal(Thesaurus.Canonical(Stem(word)), Thesaurus.Canonical(Stem(equivalent)));
    }

    [Theory]
    [InlineData("uk", "britain")] // an abbreviation the place's own name ("United Kingdom") spells
    [InlineData("myanmar", "burma")]
    [InlineData("america", "us")]
    public void A_places_other_names_answer_for_it(string name, string other)
    {
        Assert.Contains(Stem(other), Thesaurus.Equivalents(Stem(name)));
        Assert.Contains(Stem(name), Thesaurus.Equivalents(Stem(other)));
    }

    [Theory]
    [InlineData("buy", "bribe")] // a rare sense of "buy": too rare to count
    [InlineData("remain", "purchase")]
    [InlineData("reassign", "draft")] // the old hand-written groups mirrored seed questions like this
    [InlineData("bull", "taurus")] // a place name that is also an ordinary word is no other name of it
    [InlineData("taiwan", "china")]
    [InlineData("mississippi", "ms")] // "MS" spells a nickname ("Magnolia State"), not the place's name
    public void Unrelated_words_and_rare_senses_are_not_equivalent(string word, string other)
    {
        Assert.DoesNotContain(Stem(other), Thesaurus.Equivalents(Stem(word)));
    }

    [Fact]
    public void A_word_outside_the_table_answers_only_for_itself()
    {
        Assert.Equal(["zzyzx"], Thesaurus.Equivalents("zzyzx"));
        Assert.Equal("zzyzx", Thesaurus.Canonical("zzyzx"));
    }

    [Fact]
    public void Table_stems_its_words_skips_comments_and_groups_that_stem_to_one_word()
    {
        var table = new ThesaurusTable(new StringReader("# comment\nbuy buying\nremains stays\n"));

        Assert.Equal(1, table.GroupCount);
        Assert.Equal(new HashSet<string> { "remain", "stai" }, table.Equivalents("stai"));
        Assert.Equal([Stem("buy")], table.Equivalents(Stem("buying")));
    }

    [Fact]
    public void Overlapping_groups_unite_and_the_canonical_is_the_first_stem_of_the_first_group()
    {
        var table = new ThesaurusTable(new StringReader("remain stay\nstay stick\n"));

        Assert.Equal(new HashSet<string> { "remain", "stai", "stick" }, table.Equivalents("stai"));
        Assert.Equal("remain", table.Canonical("stai"));
        Assert.Equal("stai", table.Canonical("stick"));
        Assert.Equal(table.Canonical("stai"), new ThesaurusTable(new StringReader("remain stay\nstay stick\n")).Canonical("stai"));
    }
}
