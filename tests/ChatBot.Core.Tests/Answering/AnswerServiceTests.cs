using ChatBot.Core.Answering;
using ChatBot.Core.Disagreements;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Answering;

public class AnswerServiceTests
{
    [Fact]
    public async Task A_question_the_seeds_answer_gets_verified_quotes_from_several_stories_and_the_disagreement()
    {
        using var corpus = await IndexedCorpus.CreateAsync(RepositoryPaths.Seeds);

        var answer = await corpus.Answers.AskAsync("How many Meta engineers were reassigned to produce AI training data?");

        Assert.True(answer.Answered);
        Assert.True(answer.Citations.Select(c => c.SourceId).Distinct().Count() >= 2);
        foreach (var citation in answer.Citations)
        {
            var story = await corpus.Index.GetStoryAsync(citation.SourceId);
            Assert.Equal(citation.Quote, story!.Text[citation.Start..citation.End]);
            Assert.Contains($"[{citation.Number}]", answer.Text);
        }

        var disagreement = Assert.Single(answer.Disagreements);
        Assert.Contains(disagreement.Claims, c => c.Value == "6,500" && c.Outlet == "techcrunch.com");
        Assert.Contains(disagreement.Claims, c => c.Value == "7,000" && c.Outlet == "HyperAI");
        // Stated once, by the renderer, in the shared wording; the text carries the sides' quotes, not the prose.
        Assert.DoesNotContain("disagree", answer.Text);
        Assert.Matches(@"techcrunch\.com says roughly 6,500 \[\d\]", DisagreementProse.Sentence(disagreement, answer.Citations));
        Assert.Equal(DisagreementRelations.Conflict, disagreement.Relation);
    }

    [Theory]
    [InlineData("What salary do engineers in the Applied AI unit earn?")]
    [InlineData("Who won the 1998 football world cup final in Paris?")]
    [InlineData("the of and to")]
    public async Task A_question_the_stories_do_not_cover_is_refused_with_no_citation(string question)
    {
        using var corpus = await IndexedCorpus.CreateAsync(RepositoryPaths.Seeds);

        var answer = await corpus.Answers.AskAsync(question);

        Assert.False(answer.Answered);
        Assert.Empty(answer.Citations);
        Assert.Empty(answer.Disagreements);
        Assert.Equal(AnswerService.RefusalText, answer.Text);
    }

    [Fact]
    public async Task A_question_that_is_not_about_a_quantity_flags_no_numeric_disagreement()
    {
        using var corpus = await IndexedCorpus.CreateAsync(RepositoryPaths.Seeds);

        var answer = await corpus.Answers.AskAsync("How did the reassigned engineers describe the work?");

        Assert.True(answer.Answered);
        Assert.Empty(answer.Disagreements);
        Assert.Contains("gulag", answer.Text);
    }

    [Fact]
    public async Task The_pipeline_works_on_a_corpus_it_has_never_seen()
    {
        using var corpus = await IndexedCorpus.FromStoriesAsync(
            ("herald.txt", IndexedCorpus.StoryFrom("City Herald", "Flood closes bridge", "The flood forced officials to close the Elm Street bridge on Monday. Roughly 1,200 residents were evacuated from the riverside district.")),
            ("courier.txt", IndexedCorpus.StoryFrom("Daily Courier", "River bursts its banks", "City officials evacuated about 2,000 residents as the river burst its banks. The Elm Street bridge remains closed.")),
            ("sports.txt", IndexedCorpus.StoryFrom("Sports Desk", "Local team wins", "The local football team won the regional final on Sunday evening.")));

        var answer = await corpus.Answers.AskAsync("How many residents were evacuated?");

        Assert.True(answer.Answered);
        Assert.Equal(["courier.txt", "herald.txt"], answer.Citations.Select(c => c.SourceId).Distinct().Order());
        var disagreement = Assert.Single(answer.Disagreements);
        Assert.Equal(["about 2,000", "roughly 1,200"], disagreement.Claims.Select(c => $"{c.Qualifier} {c.Value}").Order());
        var refused = await corpus.Answers.AskAsync("What did the governor say about taxes?");
        Assert.False(refused.Answered);
    }

    [Fact]
    public async Task Figures_about_another_company_are_neither_quoted_as_the_answer_nor_set_against_it()
    {
        using var corpus = await IndexedCorpus.FromStoriesAsync(
            ("acme.txt", IndexedCorpus.StoryFrom("Business Daily", "Acme profit jumps", "Quarterly profits at Acme Corp jumped 76% to $1.1bn, the company said on Wednesday.")),
            ("globex.txt", IndexedCorpus.StoryFrom("Market Wire", "Globex results", "Quarterly profits at Globex jumped 8% for the first time in years, the firm said.")),
            ("acme2.txt", IndexedCorpus.StoryFrom("City Herald", "Acme results beat forecasts", "Acme Corp said quarterly profits jumped 76%, beating forecasts.")));

        var answer = await corpus.Answers.AskAsync("How much did Acme Corp's quarterly profit jump?");

        Assert.True(answer.Answered);
        Assert.DoesNotContain(answer.Citations, c => c.SourceId == "globex.txt");
        Assert.Empty(answer.Disagreements);
        var unknown = await corpus.Answers.AskAsync("How much did Initech's quarterly profit jump?");
        Assert.False(unknown.Answered);
    }

    [Fact]
    public async Task A_question_naming_no_counted_thing_is_answered_by_an_amount_of_its_unit_not_by_a_count()
    {
        using var corpus = await IndexedCorpus.FromStoriesAsync(
            ("fares.txt", IndexedCorpus.StoryFrom("City Herald", "Bus fares rise", "About 300 drivers work for the city bus company. The city raised the monthly bus pass fare by $12 this spring.")),
            ("strike.txt", IndexedCorpus.StoryFrom("Daily Courier", "Drivers vote", "The drivers' union said 40% of its members voted to strike over the bus pass fare.")));

        var raised = await corpus.Answers.AskAsync("By how much did the city raise the monthly bus pass fare?");
        var salary = await corpus.Answers.AskAsync("What salary do the city's bus drivers earn?");

        Assert.Equal("$12", raised.ShortAnswer?.Text);
        // The stories state no salary: neither the head count, the share of members nor the fare is offered as one.
        Assert.Null(salary.ShortAnswer);
        Assert.DoesNotMatch(@"\*\*(About 300|300|40%|\$12)\*\*", salary.Text);
    }

    [Theory]
    [InlineData("The city council has proposed a rotation scheme that limits overtime to 10% of each officer's weekly hours.", "What cap on overtime did the city council propose?", "10%")]
    [InlineData("Under the plan the school board approved, no class may have more than 28 pupils.", "What limit on class sizes did the school board approve?", "28")]
    [InlineData("The regulator fixed the ceiling for household energy bills at £1,834 a year.", "What ceiling did the regulator fix for household energy bills?", "£1,834")]
    public async Task A_what_x_question_can_be_answered_by_a_figure_when_no_name_answers_it(string sentence, string question, string figure)
    {
        using var corpus = await IndexedCorpus.FromStoriesAsync(
            [("story.txt", IndexedCorpus.StoryFrom("City Herald", "Council acts", sentence + " Critics said the change was overdue.")), .. IndexedCorpus.Unrelated]);

        var answer = await corpus.Answers.AskAsync(question);

        Assert.Equal(figure, answer.ShortAnswer?.Text);
    }

    [Theory]
    [InlineData("Over 1,600 staff signed a petition against the badge tracking and camera policy at the depot.", "More than 1,000 people at the depot have signed the petition, organisers said on Tuesday.",
        "How many staff signed the petition against the badge tracking and camera policy?")]
    [InlineData("At least 3,000 nurses joined the strike over staffing levels at the city's hospitals on Monday.", "More than 2,500 nurses have joined the strike, the union said.",
        "How many nurses joined the strike over staffing levels at the city's hospitals?")]
    public async Task Two_stories_counting_the_same_act_are_compared_though_one_leaves_out_the_questions_qualifiers(string full, string brief, string question)
    {
        using var corpus = await IndexedCorpus.FromStoriesAsync(
            [("herald.txt", IndexedCorpus.StoryFrom("City Herald", "Staff push back", full)),
             ("courier.txt", IndexedCorpus.StoryFrom("Daily Courier", "Workers push back", brief)),
             .. IndexedCorpus.Unrelated]);

        var answer = await corpus.Answers.AskAsync(question);

        var disagreement = Assert.Single(answer.Disagreements);
        // Two lower bounds can both hold.
        Assert.Equal(DisagreementRelations.Compatible, disagreement.Relation);
        Assert.Equal(["courier.txt", "herald.txt"], disagreement.Claims.Select(c => c.SourceId).Order());
        // The other story's figure is set beside the answer, so it does not claim to rest on one source.
        Assert.DoesNotContain("reports this; no other indexed story corroborates it", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_count_is_read_from_its_own_digits_not_from_a_sum_that_contains_them()
    {
        using var corpus = await IndexedCorpus.FromStoriesAsync(
            [("agency.txt", IndexedCorpus.StoryFrom("City Herald", "Space agency budget", "The agency said $5.2 million was spent on 5 missions to the asteroid belt last year.")), .. IndexedCorpus.Unrelated]);

        var answer = await corpus.Answers.AskAsync("How many missions to the asteroid belt did the agency fly last year?");

        Assert.Equal("5", answer.ShortAnswer?.Text);
    }

    [Fact]
    public async Task A_count_spelled_in_words_answers_a_how_many_question()
    {
        using var corpus = await IndexedCorpus.FromStoriesAsync(
            [("coach.txt", IndexedCorpus.StoryFrom("City Herald", "Harbor coach retires", "Coach Ana Ruiz retired on Friday after 30 years with the Harbor City rowing club. Under Ruiz the club won the national regatta nine times.")), .. IndexedCorpus.Unrelated]);

        var answer = await corpus.Answers.AskAsync("Rowing coach Ana Ruiz retired this week. How many times did her Harbor City club win the national regatta?");

        Assert.True(answer.Answered);
        Assert.Equal("nine", answer.ShortAnswer?.Text);
    }

    [Fact]
    public async Task A_name_written_as_its_adjective_is_named_by_a_story_that_names_the_place()
    {
        using var corpus = await IndexedCorpus.FromStoriesAsync(
            [("chef.txt", IndexedCorpus.StoryFrom("City Herald", "Chef bans a kind of diner", "A celebrity chef in Australia has banned vegans from his Melbourne restaurant, saying their complaints had worn him down.")), .. IndexedCorpus.Unrelated]);

        var answer = await corpus.Answers.AskAsync("Which diners did a celebrity chef ban from his Australian restaurant?");

        Assert.True(answer.Answered);
        Assert.Contains(answer.Citations, c => c.SourceId == "chef.txt");
    }

    [Fact]
    public async Task A_common_noun_of_the_asked_kind_answers_which_x()
    {
        using var corpus = await IndexedCorpus.FromStoriesAsync(
            [("grocer.txt", IndexedCorpus.StoryFrom("City Herald", "Grocery bills climb", "Shoppers paid more for almost everything at the grocery store last year. Nothing rose faster than the price of eggs, which jumped 49% as flocks shrank, the county report said.")), .. IndexedCorpus.Unrelated]);

        var answer = await corpus.Answers.AskAsync("Grocery bills climbed last year. The price of which food rose faster than anything else, according to the county report?");

        Assert.True(answer.Answered);
        Assert.Equal("eggs", answer.ShortAnswer?.Text);
    }

    [Fact]
    public async Task A_summary_counts_copies_once_as_independent_reports()
    {
        using var folder = new TempFolder();
        const string wire = "Flood closes bridge\n\nThe flood forced officials to close the Elm Street bridge on Monday, and roughly 1,200 residents were evacuated from the riverside district.";
        folder.Write("wire.txt", "---\noutlet: Wire\n---\n" + wire);
        folder.Write("portal.txt", "---\noutlet: Portal\n---\n" + wire);
        folder.Write("courier.txt", "---\noutlet: Courier\n---\nRiver bursts banks\n\nCity officials evacuated about 2,000 residents as the river burst its banks on Monday night.");
        using var corpus = await IndexedCorpus.CreateAsync(folder.Path);
        var registry = new ChatBot.Core.Ingestion.Duplicates.SqliteDuplicateRegistry(corpus.Index, Path.Combine(folder.Path, "duplicates.db"));
        await registry.RefreshAsync();
        var summarizer = new ChatBot.Core.Summaries.Summarizer(new ChatBot.Core.Summaries.SummaryScope(corpus.Index, new ChatBot.Core.Retrieval.Retriever(corpus.Index)), registry);

        var summary = await summarizer.SummarizeAsync(new SummaryRequest());

        Assert.StartsWith("3 reports, 2 independent.", summary.Text);
        Assert.Equal(2, summary.Citations.Select(c => c.SourceId).Distinct().Count());
    }

    [Fact]
    public async Task A_summary_cites_every_story_in_scope_and_states_disagreements()
    {
        using var corpus = await IndexedCorpus.CreateAsync(RepositoryPaths.Seeds);

        var summary = await corpus.Answers.SummarizeAsync(new SummaryRequest());

        Assert.True(summary.Answered);
        Assert.Equal(5, summary.Citations.Select(c => c.SourceId).Distinct().Count());
        Assert.Contains(summary.Disagreements, d => d.Claims.Any(c => c.Value == "6,500") && d.Claims.Any(c => c.Value == "7,000"));
    }
}
