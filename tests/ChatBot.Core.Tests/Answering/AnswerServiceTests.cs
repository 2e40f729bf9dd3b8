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
        using var folder = new TempFolder();
        folder.Write("herald.txt", "---\noutlet: City Herald\n---\nFlood closes bridge\n\nThe flood forced officials to close the Elm Street bridge on Monday. Roughly 1,200 residents were evacuated from the riverside district.");
        folder.Write("courier.txt", "---\noutlet: Daily Courier\n---\nRiver bursts its banks\n\nCity officials evacuated about 2,000 residents as the river burst its banks. The Elm Street bridge remains closed.");
        folder.Write("sports.txt", "---\noutlet: Sports Desk\n---\nLocal team wins\n\nThe local football team won the regional final on Sunday evening.");
        using var corpus = await IndexedCorpus.CreateAsync(folder.Path);

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
        using var folder = new TempFolder();
        folder.Write("acme.txt", "---\noutlet: Business Daily\n---\nAcme profit jumps\n\nQuarterly profits at Acme Corp jumped 76% to $1.1bn, the company said on Wednesday.");
        folder.Write("globex.txt", "---\noutlet: Market Wire\n---\nGlobex results\n\nQuarterly profits at Globex jumped 8% for the first time in years, the firm said.");
        folder.Write("acme2.txt", "---\noutlet: City Herald\n---\nAcme results beat forecasts\n\nAcme Corp said quarterly profits jumped 76%, beating forecasts.");
        using var corpus = await IndexedCorpus.CreateAsync(folder.Path);

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
        using var folder = new TempFolder();
        folder.Write("fares.txt", "---\noutlet: City Herald\n---\nBus fares rise\n\nAbout 300 drivers work for the city bus company. The city raised the monthly bus pass fare by $12 this spring.");
        folder.Write("strike.txt", "---\noutlet: Daily Courier\n---\nDrivers vote\n\nThe drivers' union said 40% of its members voted to strike over the bus pass fare.");
        using var corpus = await IndexedCorpus.CreateAsync(folder.Path);

        var raised = await corpus.Answers.AskAsync("By how much did the city raise the monthly bus pass fare?");
        var salary = await corpus.Answers.AskAsync("What salary do the city's bus drivers earn?");

        Assert.Equal("$12", raised.ShortAnswer?.Text);
        // A head count or a share of members is never offered as a salary: only a sum of money may be.
        Assert.True(salary.ShortAnswer is null || salary.ShortAnswer.Text.StartsWith('$'), salary.ShortAnswer?.Text);
    }

    [Fact]
    public async Task A_what_x_question_can_be_answered_by_a_figure_when_no_name_answers_it()
    {
        using var folder = new TempFolder();
        folder.Write("council.txt", "---\noutlet: City Herald\n---\nCouncil acts on overtime\n\nThe city council has proposed a rotation scheme that limits overtime to 10% of each officer's weekly hours. Officers said the scheme was overdue.");
        folder.Write("weather.txt", "---\noutlet: Daily Courier\n---\nStorm warning\n\nForecasters warned of heavy rain across the county on Friday.");
        using var corpus = await IndexedCorpus.CreateAsync(folder.Path);

        var answer = await corpus.Answers.AskAsync("What cap on overtime did the city council propose?");

        Assert.Equal("10%", answer.ShortAnswer?.Text);
    }

    [Fact]
    public async Task Two_stories_counting_the_same_act_are_compared_though_one_leaves_out_the_questions_qualifiers()
    {
        using var folder = new TempFolder();
        folder.Write("herald.txt", "---\noutlet: City Herald\n---\nStaff protest badge tracking\n\nOver 1,600 staff signed a petition against the badge tracking and camera policy at the depot.");
        folder.Write("courier.txt", "---\noutlet: Daily Courier\n---\nDepot workers push back\n\nMore than 1,000 people at the depot have signed the petition, organisers said on Tuesday.");
        folder.Write("weather.txt", "---\noutlet: Weather Desk\n---\nRain ahead\n\nForecasters expect 20 millimetres of rain across the county on Friday.");
        using var corpus = await IndexedCorpus.CreateAsync(folder.Path);

        var answer = await corpus.Answers.AskAsync("How many staff signed the petition against the badge tracking and camera policy?");

        var disagreement = Assert.Single(answer.Disagreements);
        Assert.Equal(DisagreementRelations.Compatible, disagreement.Relation);
        Assert.Equal(["courier.txt", "herald.txt"], disagreement.Claims.Select(c => c.SourceId).Order());
        // The other story's figure is set beside the answer, so it does not claim to rest on one source.
        Assert.DoesNotContain("Only", answer.Text, StringComparison.Ordinal);
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
