using ChatBot.Core.Answering.Candidates;

namespace ChatBot.Core.Tests.Answering.Candidates;

public class AskedForTests
{
    [Theory]
    [InlineData("NFL player Damar Hamlin collapsed this week. He is a valued member of which team?", AnswerKind.Named)]
    [InlineData("Which US state is represented by congressman Kevin McCarthy, whose bid was blocked?", AnswerKind.Place)]
    [InlineData("Who won Best Director at the Golden Globes?", AnswerKind.Person)]
    [InlineData("Who is Mack Ward and what did he urge?", AnswerKind.Open)]
    [InlineData("When did she win her first Grammy award?", AnswerKind.Date)]
    [InlineData("How many Meta engineers were reassigned?", AnswerKind.Quantity)]
    [InlineData("Where did he go?", AnswerKind.Place)]
    [InlineData("The maker will cap monthly insulin costs at which amount?", AnswerKind.Quantity)]
    [InlineData("Why did Meta create the unit?", AnswerKind.Open)]
    [InlineData("Was an NBC weatherman caught on air?", AnswerKind.YesNo)]
    [InlineData("Fox News rocked the media world this week when it announced it would part ways with which top-rated host?", AnswerKind.Named)]
    [InlineData("What was the ship's name?", AnswerKind.Named)]
    [InlineData("A new bridge opened this week. What is the bridge called?", AnswerKind.Named)]
    [InlineData("What caused the blackout across the city?", AnswerKind.Open)]
    [InlineData("What was the winning margin in the mayoral race?", AnswerKind.Named)]
    [InlineData("What is Project Data-Forge?", AnswerKind.Open)]
    public void The_first_question_word_of_the_asking_clause_sets_the_kind(string question, AnswerKind expected) =>
        Assert.Equal(expected, AskedFor.Parse(question).Kind);

    [Fact]
    public void The_noun_after_which_is_the_kind_asked_for_and_a_preamble_question_word_does_not_decide()
    {
        var asked = AskedFor.Parse("Who knew? NFL player Damar Hamlin collapsed this week. He is a valued member of which team?");

        Assert.Equal(AnswerKind.Named, asked.Kind);
        Assert.Equal(["team"], asked.KindTerms);
    }

    [Theory]
    [InlineData("What salary does a city bus driver earn?", "money")]
    [InlineData("How much money did the museum raise?", "money")]
    [InlineData("What percentage of voters turned out?", "percent")]
    [InlineData("How many bus drivers went on strike?", null)]
    [InlineData("By how much did the fare rise?", null)]
    public void A_quantity_question_that_names_its_unit_asks_for_that_unit(string question, string? unit) =>
        Assert.Equal(unit, AskedFor.Parse(question).Unit);

    [Theory]
    [InlineData("Which NFL team visited the White House this week?", true)]
    [InlineData("Which NFL team made a visit to the White House this week?", true)] // "made" is the verb, "team" the head
    [InlineData("Which city will host the convention?", true)]
    [InlineData("Where did he go?", true)]
    [InlineData("Which political figure visited Maui?", false)]
    [InlineData("Which actor joined the cast?", false)]
    [InlineData("Who won Best Director?", false)]
    public void A_question_asking_for_a_group_or_a_place_rules_out_people(string question, bool expected) =>
        Assert.Equal(expected, AskedFor.Parse(question).RulesOutPeople);

    [Theory]
    [InlineData("Which supermarket chain recalled two types of cookies?", true)]
    [InlineData("Which NFL team won the Super Bowl?", true)]
    [InlineData("Which country banned seafood from Japan?", false)]
    [InlineData("Which city will host the convention?", false)]
    [InlineData("Which actor joined the cast?", false)]
    public void A_question_asking_for_a_group_rules_out_places(string question, bool expected) =>
        Assert.Equal(expected, AskedFor.Parse(question).RulesOutPlaces);
}
