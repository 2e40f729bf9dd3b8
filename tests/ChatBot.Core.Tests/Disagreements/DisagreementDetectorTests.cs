using ChatBot.Core.Chunking;
using ChatBot.Core.Disagreements;
using ChatBot.Core.Stories;

namespace ChatBot.Core.Tests.Disagreements;

public class DisagreementDetectorTests
{
    private static Story StoryOf(string id, string outlet, string text) =>
        new(id, "test", text, new StoryMetadata(Outlet: outlet), StoryHash.Compute(text, StoryMetadata.Empty));

    private static List<Disagreement> Detect(IReadOnlySet<string>? predicates, params Story[] stories)
    {
        var claims = stories.SelectMany(s => SentenceSplitter.Split(s.Text).SelectMany(span => NumericClaimExtractor.Extract(s.Id, s.Text, span)));
        return DisagreementDetector.Detect(claims, stories.ToDictionary(s => s.Id), predicates);
    }

    [Fact]
    public void Different_counts_of_the_same_thing_with_the_same_verb_are_flagged_with_qualifiers_and_quotes()
    {
        var a = StoryOf("a", "TechCrunch", "Meta reassigned roughly 6,500 engineers via surprise email.");
        var b = StoryOf("b", "HyperAI", "Last month, the company reassigned approximately 7,000 staff members across divisions.");

        var disagreement = Assert.Single(Detect(null, a, b));

        Assert.Equal(DisagreementKinds.Number, disagreement.Kind);
        var tc = disagreement.Claims.Single(c => c.SourceId == "a");
        var hy = disagreement.Claims.Single(c => c.SourceId == "b");
        Assert.Equal(("6,500", "roughly", "TechCrunch"), (tc.Value, tc.Qualifier, tc.Outlet));
        Assert.Equal(("7,000", "approximately", "HyperAI"), (hy.Value, hy.Qualifier, hy.Outlet));
        Assert.Equal(a.Text[tc.Start..tc.End], tc.Quote);
        Assert.Equal(b.Text[hy.Start..hy.End], hy.Quote);
    }

    [Fact]
    public void Equal_values_written_differently_are_agreement()
    {
        var a = StoryOf("a", "A", "About 8,000 Meta employees were laid off on Wednesday.");
        var b = StoryOf("b", "B", "The company laid off 8000 employees this week.");
        var c = StoryOf("c", "C", "Some 8.0 thousand employees were laid off.");
        Assert.Empty(Detect(null, a, b, c));
    }

    [Fact]
    public void Values_that_differ_only_by_rounding_are_agreement()
    {
        var a = StoryOf("a", "A", "The storm killed 1,000 people in the region.");
        var b = StoryOf("b", "B", "Officials said the storm killed 1,010 people.");
        Assert.Empty(Detect(null, a, b));
    }

    [Fact]
    public void Signatures_with_hedged_values_are_flagged_over_more_than()
    {
        var a = StoryOf("a", "A", "Over 1,600 Meta employees signed a company-wide petition.");
        var b = StoryOf("b", "B", "More than 1,000 people in the company have signed the petition.");
        var disagreement = Assert.Single(Detect(null, a, b));
        Assert.Equal(["over", "more than"], disagreement.Claims.Select(c => c.Qualifier));
    }

    [Fact]
    public void Counts_of_different_events_are_not_compared()
    {
        var a = StoryOf("a", "A", "About 8,000 employees were laid off on Wednesday.");
        var b = StoryOf("b", "B", "Another 7,000 workers will be reassigned to help develop AI tools.");
        Assert.Empty(Detect(null, a, b));
    }

    [Fact]
    public void Two_figures_in_one_story_are_never_a_disagreement()
    {
        var a = StoryOf("a", "A", "Meta reassigned roughly 6,500 engineers. Later reports said Meta reassigned 7,000 engineers.");
        Assert.Empty(Detect(null, a));
    }

    [Fact]
    public void Only_claims_with_the_questions_verb_are_compared_when_asked()
    {
        var a = StoryOf("a", "A", "Over 1,600 employees signed the petition.");
        var b = StoryOf("b", "B", "More than 1,000 employees signed the petition.");
        Assert.Empty(Detect(new HashSet<string> { "employe", "meta" }, a, b));
        Assert.Single(Detect(new HashSet<string> { "sign", "petit" }, a, b));
    }

    [Fact]
    public void A_syndicated_copy_is_not_set_against_its_original_but_an_independent_report_is()
    {
        var original = StoryOf("wire", "Wire", "Meta reassigned roughly 6,500 engineers via surprise email.");
        var copy = StoryOf("copy", "Portal", "Meta reassigned roughly 7,000 engineers via surprise email.");
        var claims = new[] { original, copy }.SelectMany(s => SentenceSplitter.Split(s.Text).SelectMany(span => NumericClaimExtractor.Extract(s.Id, s.Text, span)));
        var stories = new[] { original, copy }.ToDictionary(s => s.Id);

        Assert.NotEmpty(DisagreementDetector.Detect(claims, stories));
        Assert.Empty(DisagreementDetector.Detect(claims, stories, origins: new Dictionary<string, string> { ["wire"] = "wire", ["copy"] = "wire" }));
    }

    [Fact]
    public void Years_clock_times_and_model_names_are_not_claims()
    {
        const string text = "In 2024 the H100 shipped at 4:00 am, and Llama 4 followed.";
        var claims = NumericClaimExtractor.Extract("a", text, new TextSpan(0, text.Length));
        Assert.Empty(claims);
    }

    [Fact]
    public void Money_and_percent_claims_carry_their_category_and_scale()
    {
        const string text = "Meta is spending $125 billion on AI, and cut about 10% of its staff.";
        var claims = NumericClaimExtractor.Extract("a", text, new TextSpan(0, text.Length));
        Assert.Contains(claims, c => c.Category == "money" && c.Value == 125e9);
        Assert.Contains(claims, c => c.Category == "percent" && c.Value == 10 && c.Qualifier == "about");
    }

    [Fact]
    public void A_count_spelled_in_words_is_set_against_one_in_digits()
    {
        var a = StoryOf("a", "Harbor Post", "The port laid off about six thousand dock workers on Monday.");
        var b = StoryOf("b", "Coast Wire", "The port laid off 7,500 dock workers this week.");
        var c = StoryOf("c", "Bay News", "Some two dozen dock workers were laid off at the smaller terminal, and twenty-four more quit.");

        var disagreement = Assert.Single(Detect(null, a, b));

        Assert.Equal(["7,500", "six thousand"], disagreement.Claims.Select(x => x.Value).Order(StringComparer.Ordinal));
        var spelled = NumericClaimExtractor.Extract("c", c.Text, new TextSpan(0, c.Text.Length));
        Assert.Equal([24.0, 24.0], spelled.Select(x => x.Value));
    }

    [Fact]
    public void The_pronoun_one_and_spelled_numbers_in_compound_modifiers_names_and_clock_times_are_not_claims()
    {
        const string text = "One of the engineers said a three-month-old policy covers two-thirds of staff at the Four Seasons from nine o'clock.";
        Assert.Empty(NumericClaimExtractor.Extract("a", text, new TextSpan(0, text.Length)));
    }
}
