using System.Text.Json.Nodes;
using ChatBot.Core.Answering;
using ChatBot.Core.Answering.Llm;

namespace ChatBot.Tests.Llm;

/// <summary>
/// What running against llama.cpp's llama-server showed, each against the loopback server: a prompt over the
/// context size, a reply cut at finish_reason "length", the model's time in a fallback summary, and the one
/// follow-up search the model may make.
/// </summary>
public sealed class LlmServerDefectTests
{
    private const string Question = "What did Andrew Bosworth say about opting out of the monitoring?";

    /// <summary>llama.cpp's reply when the prompt does not fit the slot's context.</summary>
    private static FakeReply Overflow() => FakeReply.Error(400, "exceed_context_size_error", "the request exceeds the available context size, try increasing it");

    [Fact]
    public async Task A_context_overflow_is_tried_once_more_with_half_the_passages()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        var answerCalls = 0;
        server.Chat = (request, _) =>
        {
            if (SeedModel.IsDisagreementPrompt(request)) return SeedModel.Reply(request);
            return Interlocked.Increment(ref answerCalls) == 1 ? Overflow() : SeedModel.Reply(request);
        };
        await using var host = await LlmTestHost.StartAsync(server.Endpoint);

        var answer = await host.Answers.AskAsync(Question);

        Assert.Equal(AnswerModes.Llm, answer.Mode);
        Assert.Null(answer.Notices);
        var asked = server.ChatRequests.Where(r => !SeedModel.IsDisagreementPrompt(r)).Select(r => SeedModel.Passages(r.User).Count).ToList();
        Assert.Equal(2, asked.Count);
        Assert.Equal(asked[0] / 2, asked[1]);
        Assert.Contains(host.LogLines, l => l.Contains("did not fit the model's context", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_context_overflow_that_persists_says_so_instead_of_calling_the_model_unavailable()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Chat = (_, _) => Overflow();
        await using var host = await LlmTestHost.StartAsync(server.Endpoint);

        var answer = await host.Answers.AskAsync(Question);

        Assert.Equal(AnswerModes.Extractive, answer.Mode);
        Assert.True(answer.Answered);
        Assert.Equal([LlmAnswerOutcome.ContextOverflowNotice], answer.Notices);
        // No retries of a 400: the first request and the one with fewer passages.
        Assert.Equal(2, server.ChatRequests.Count(r => !SeedModel.IsDisagreementPrompt(r)));
    }

    [Fact]
    public async Task A_reply_cut_at_the_length_limit_is_tried_once_more_with_half_the_passages_and_then_said()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        var answerCalls = 0;
        server.Chat = (request, _) =>
        {
            if (SeedModel.IsDisagreementPrompt(request)) return SeedModel.Reply(request);
            return Interlocked.Increment(ref answerCalls) == 1 ? FakeReply.Truncated("{\"answered\": true, \"answer\": \"Bosworth said") : SeedModel.Reply(request);
        };
        await using var host = await LlmTestHost.StartAsync(server.Endpoint);

        var answer = await host.Answers.AskAsync(Question);

        Assert.Equal(AnswerModes.Llm, answer.Mode);
        Assert.Equal(2, answerCalls);
        var asked = server.ChatRequests.Where(r => !SeedModel.IsDisagreementPrompt(r)).Select(r => SeedModel.Passages(r.User).Count).ToList();
        Assert.True(asked[1] < asked[0]);

        server.Chat = (request, _) => SeedModel.IsDisagreementPrompt(request) ? SeedModel.Reply(request) : FakeReply.Truncated("{\"answered\": true");
        var cut = await host.Answers.AskAsync(Question);
        Assert.Equal(AnswerModes.Extractive, cut.Mode);
        Assert.Equal([LlmAnswerOutcome.TruncatedNotice], cut.Notices);
    }

    [Fact]
    public async Task A_summary_that_falls_back_counts_the_time_the_model_took()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Chat = (_, _) => FakeReply.Error(500, "server_error", "boom") with { Delay = TimeSpan.FromMilliseconds(600) };
        await using var host = await LlmTestHost.StartAsync(server.Endpoint, new Dictionary<string, string?> { ["ChatBot:Llm:MaxRetries"] = "0" });

        var answer = await host.Answers.SummarizeAsync(new SummaryRequest("Meta monitoring petition"));

        Assert.Equal(AnswerModes.Extractive, answer.Mode);
        Assert.Equal([LlmAnswerOutcome.UnavailableNotice], answer.Notices);
        Assert.True(answer.Timings.AnsweringMs >= 550, $"answering {answer.Timings.AnsweringMs} ms hides the model's 600 ms");
        Assert.True(answer.Timings.TotalMs >= answer.Timings.AnsweringMs);
    }

    [Fact]
    public async Task The_model_may_search_once_more_its_finds_are_citable_and_a_second_search_is_refused()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        string? found = null;
        server.Chat = (request, _) =>
        {
            if (SeedModel.IsDisagreementPrompt(request)) return SeedModel.Reply(request);
            var name = request.Body["tools"]![0]!["function"]!["name"]!.GetValue<string>();
            var results = request.ToolResults;
            if (results.Count < 2) return FakeReply.ToolCall(name, results.Count == 0 ? """{"query": "Bosworth opt out petition"}""" : """{"query": "again"}""");
            var sentence = SeedModel.Passages(results[0]).Select(SeedModel.FirstSentence).OfType<SeedSentence>().First();
            found = sentence.Text;
            return FakeReply.Completion(FakeReply.AnswerJson("The search found this. [1]", (1, sentence.Id, null)));
        };
        await using var host = await LlmTestHost.StartAsync(server.Endpoint);

        var answer = await host.Answers.AskAsync(Question);

        Assert.Equal(AnswerModes.Llm, answer.Mode);
        var first = server.ChatRequests.First(r => !SeedModel.IsDisagreementPrompt(r));
        var tool = first.Body["tools"]![0]!["function"]!;
        Assert.Contains(FollowUpSearch.FunctionName, tool["name"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("string", tool["parameters"]!["properties"]!["query"]!["type"]!.GetValue<string>());
        var last = server.ChatRequests.Last(r => !SeedModel.IsDisagreementPrompt(r));
        Assert.Contains("<passage id=", last.ToolResults[0], StringComparison.Ordinal);
        Assert.Contains("Only one follow-up search", last.ToolResults[1], StringComparison.Ordinal);
        // The follow-up's sentence ids continue after the first prompt's, so the citation names one story sentence.
        Assert.DoesNotContain("[S1] ", last.ToolResults[0], StringComparison.Ordinal);
        Assert.Equal(found, Assert.Single(answer.Citations).Quote);
        await LlmAnswerPipelineTests.AssertAllQuotesVerbatim(host, answer);
    }
}
