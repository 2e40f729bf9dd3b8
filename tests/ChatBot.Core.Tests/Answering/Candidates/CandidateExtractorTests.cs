using ChatBot.Core.Answering.Candidates;

namespace ChatBot.Core.Tests.Answering.Candidates;

public class CandidateExtractorTests
{
    [Fact]
    public void Names_are_capitalised_runs_with_their_joining_words_and_never_a_sentence_opening_function_word()
    {
        var names = CandidateExtractor.Extract("The show Wheel of Fortune and Laverne & Shirley aired on Thursday's slot in the U.S.")
            .Where(c => c.Kind == AnswerKind.Named).Select(c => c.Text).ToList();

        Assert.Contains("Wheel of Fortune", names);
        Assert.Contains("Laverne & Shirley", names);
        Assert.Contains("U.S.", names);
        Assert.DoesNotContain(names, n => n.StartsWith("The", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.Contains("Thursday", StringComparison.Ordinal));
    }

    [Fact]
    public void Dates_and_numbers_are_their_own_kinds_and_a_hyphen_splits_two_names()
    {
        var candidates = CandidateExtractor.Extract("During the Bills-Bengals game on January 2, 2023, about 6,500 fans left and 80% stayed.");

        Assert.Contains(candidates, c => c.Kind == AnswerKind.Date && c.Text == "January 2, 2023");
        Assert.Contains(candidates, c => c.Kind == AnswerKind.Quantity && c.Text == "6,500");
        Assert.Contains(candidates, c => c.Kind == AnswerKind.Quantity && c.Text == "80%");
        Assert.Contains(candidates, c => c.Kind == AnswerKind.Named && c.Text == "Bills");
        Assert.Contains(candidates, c => c.Kind == AnswerKind.Named && c.Text == "Bengals");
    }

    [Fact]
    public void A_spelled_number_counts_unless_it_is_part_of_a_compound_modifier_or_the_pronoun_one_of()
    {
        var numbers = CandidateExtractor.Extract("The two-year-old library, one of the oldest, lent six thousand books to three schools.")
            .Where(c => c.Kind == AnswerKind.Quantity).Select(c => c.Text).ToList();

        Assert.Equal(["six", "thousand", "three"], numbers);
    }

    [Fact]
    public void A_common_noun_answer_is_the_words_a_sentence_puts_before_the_asked_noun()
    {
        var phrases = CandidateExtractor.KindPhrases("Farmers planted sunflower seeds and the seeds sprouted.", new HashSet<string>(["seed"]), new HashSet<string>())
            .Select(c => c.Text).ToList();

        Assert.Equal(["sunflower seeds"], phrases);
    }

    [Fact]
    public void Acronyms_spell_their_expansions_and_dotted_initials_match_their_compact_form()
    {
        Assert.Contains("wwii", NameForms.Acronyms("veterans of World War II met"));
        Assert.Contains("fda", NameForms.Acronyms("the Food and Drug Administration said"));
        Assert.True(NameForms.IsWrittenDotted("in the U.S. market", "us"));
        Assert.False(NameForms.IsWrittenDotted("in the market", "us"));
        Assert.Equal("doctor", NameForms.Expand("dr"));
    }

    [Fact]
    public void Common_nouns_wordnet_files_under_the_asked_class_are_candidates_without_the_verb_before_them_but_other_nouns_are_not()
    {
        var phrases = CandidateExtractor.KindPhrases("Divers saw 55 pilot whales, and fishermen caught a dolphin near the harbour wall.", new HashSet<string>(["creatur"]), new HashSet<string>(["animal"]));

        Assert.Equal(["whales", "dolphin"], phrases.Select(p => p.Text));
    }

    [Fact]
    public void A_name_led_by_a_title_names_a_person_and_a_plural_ending_names_a_team()
    {
        var names = CandidateExtractor.Extract("President Donald Trump hosted the Kansas City Chiefs, and British Prime Minister Boris Johnson met the Golden State Warriors.")
            .Where(c => c.Kind == AnswerKind.Named).ToDictionary(c => c.Text, c => c.IsTitledPerson);

        Assert.True(names["President Donald Trump"]);
        Assert.True(names["British Prime Minister Boris Johnson"]);
        Assert.False(names["Kansas City Chiefs"]);
        Assert.False(names["Golden State Warriors"]);
    }

    [Theory]
    [InlineData("Officials warned of possible E. coli contamination in the beef.", "E")]
    [InlineData("Most adults say a dead relative visited them | The Week UK", "The Week UK")]
    [InlineData("FOLLOW THE MONEY: player salaries for every team", "FOLLOW THE MONEY")]
    public void A_lone_initial_a_site_name_after_a_headline_bar_and_a_shouted_label_are_no_names(string sentence, string notAName) =>
        Assert.DoesNotContain(CandidateExtractor.Extract(sentence), c => c.Text == notAName);

    [Fact]
    public void A_place_name_in_capitals_in_a_dateline_is_still_a_name() =>
        Assert.Contains(CandidateExtractor.Extract("NEW YORK (AP) — The team signed a guard on Tuesday."), c => c.Text == "NEW YORK");

    [Fact]
    public void A_name_whose_known_words_first_name_places_is_a_place()
    {
        var names = CandidateExtractor.Extract("Fans in Kansas City cheered the Kansas City Chiefs, and Florida shoppers went to Publix.")
            .Where(c => c.Kind == AnswerKind.Named).ToDictionary(c => c.Text, c => c.IsPlace);

        Assert.True(names["Kansas City"]);
        Assert.True(names["Florida"]);
        Assert.False(names["Kansas City Chiefs"]);
        Assert.False(names["Publix"]);
    }
}
