using ChatBot.Core.Answering;
using ChatBot.Core.Answering.Llm;

namespace ChatBot.Tests.Llm;

/// <summary>Summaries through the model: one call when the stories fit the budget, per story then combined when they do not.</summary>
public sealed class LlmSummaryTests
{
    [Fact]
    public async Task A_summary_that_fits_the_budget_is_written_in_one_call_with_verified_quotes()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Chat = (request, _) => SeedModel.Reply(request);
        await using var host = await LlmTestHost.StartAsync(server.Endpoint, new Dictionary<string, string?> { ["ChatBot:Llm:ContextTokenBudget"] = "100000" });

        var answer = await host.Answers.SummarizeAsync(new SummaryRequest("Meta engineers reassigned to AI data work"));

        Assert.Equal(AnswerModes.Llm, answer.Mode);
        Assert.True(answer.Answered);
        var summaryCalls = server.ChatRequests.Where(r => !SeedModel.IsDisagreementPrompt(r)).ToList();
        Assert.Single(summaryCalls);
        Assert.Contains("Summarise: Meta engineers reassigned to AI data work", summaryCalls[0].User, StringComparison.Ordinal);
        Assert.Contains("what happened", summaryCalls[0].System, StringComparison.Ordinal);
        await LlmAnswerPipelineTests.AssertAllQuotesVerbatim(host, answer);
        // Laid out as the extractive summary: the counts, then the disagreements, then the model's account.
        var layout = answer.Summary!;
        Assert.StartsWith(layout.CountSentence() + "\n\n", answer.Text, StringComparison.Ordinal);
        Assert.Equal(layout.Reports, layout.Independent);
        if (answer.Disagreements.Count > 0) Assert.StartsWith("Where the sources disagree:", answer.Text.Split("\n\n")[1], StringComparison.Ordinal);
        Assert.All(answer.Citations, c => Assert.Contains($"[{c.Number}]", answer.Text, StringComparison.Ordinal));
        Assert.All(answer.Citations.Where(c => layout.SingleSource.Contains(c.Number)), c => Assert.Empty(c.CorroboratedBy!));
    }

    [Fact]
    public async Task Stories_over_the_budget_are_summarised_one_by_one_and_then_combined()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Chat = (request, _) => SeedModel.Reply(request);
        await using var host = await LlmTestHost.StartAsync(server.Endpoint, new Dictionary<string, string?> { ["ChatBot:Llm:ContextTokenBudget"] = "500" });

        var answer = await host.Answers.SummarizeAsync(new SummaryRequest());

        Assert.Equal(AnswerModes.Llm, answer.Mode);
        var summaryCalls = server.ChatRequests.Where(r => !SeedModel.IsDisagreementPrompt(r)).ToList();
        var stories = (await host.Index.ListStoriesAsync()).Count;
        Assert.Equal(stories + 1, summaryCalls.Count);
        Assert.All(summaryCalls.Take(stories), r => Assert.Single(SeedModel.Passages(r.User)));
        Assert.True(SeedModel.Passages(summaryCalls[^1].User).Count > 1);
        Assert.All(summaryCalls, r => Assert.True(r.User.Length < 500 * PassageFormatter.CharactersPerToken + 3000, "a prompt overflowed its budget"));
        await LlmAnswerPipelineTests.AssertAllQuotesVerbatim(host, answer);
    }

    [Fact]
    public async Task Without_a_model_the_summary_is_extractive_and_with_a_dead_one_it_says_so()
    {
        await using (var host = await LlmTestHost.StartAsync(null))
        {
            var answer = await host.Answers.SummarizeAsync(new SummaryRequest());
            Assert.Equal(AnswerModes.Extractive, answer.Mode);
            Assert.Null(answer.Notices);
        }

        await using var server = await FakeOpenAiServer.StartAsync();
        server.Chat = (_, _) => FakeReply.Error(500, "server_error", "boom");
        await using var failing = await LlmTestHost.StartAsync(server.Endpoint, new Dictionary<string, string?> { ["ChatBot:Llm:MaxRetries"] = "1" });
        var fallback = await failing.Answers.SummarizeAsync(new SummaryRequest());
        Assert.Equal(AnswerModes.Extractive, fallback.Mode);
        Assert.Equal([LlmAnswerOutcome.UnavailableNotice], fallback.Notices);
        Assert.NotEmpty(fallback.Citations);
    }
}
