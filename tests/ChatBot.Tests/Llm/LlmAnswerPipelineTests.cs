using System.Text.Json.Nodes;
using ChatBot.Core.Answering;
using ChatBot.Core.Answering.Llm;
using ChatBot.Rendering;

namespace ChatBot.Tests.Llm;

/// <summary>The LLM answer path end to end: the real adapter and pipeline against a loopback OpenAI-compatible server.</summary>
public sealed class LlmAnswerPipelineTests
{
    private const string Question = "What did Andrew Bosworth say about opting out of the monitoring?";

    [Fact]
    public async Task Good_answer_keeps_every_verified_quote_and_the_request_is_shaped_like_the_api()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Chat = (request, _) => SeedModel.Reply(request);
        await using var host = await LlmTestHost.StartAsync(server.Endpoint);

        var answer = await host.Answers.AskAsync(Question);

        Assert.Equal(AnswerModes.Llm, answer.Mode);
        Assert.True(answer.Answered);
        Assert.True(answer.QuotesProposed >= 2);
        Assert.Equal(answer.QuotesProposed, answer.QuotesVerified);
        await AssertAllQuotesVerbatim(host, answer);
        Assert.Null(answer.Notices);

        var request = server.ChatRequests.First(r => !SeedModel.IsDisagreementPrompt(r));
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal(LlmTestHost.ChatModel, request.Body["model"]!.GetValue<string>());
        Assert.Equal("Bearer " + LlmTestHost.ApiKey, request.Headers["Authorization"]);
        var format = request.Body["response_format"]!;
        Assert.Equal("json_schema", format["type"]!.GetValue<string>());
        Assert.Equal("cited_answer", format["json_schema"]!["name"]!.GetValue<string>());
        Assert.Equal(["answered", "answer", "citations"], format["json_schema"]!["schema"]!["required"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(0, request.Body["temperature"]!.GetValue<double>());
        Assert.NotNull(request.Body["max_completion_tokens"]);
        var roles = request.Body["messages"]!.AsArray().Select(m => m!["role"]!.GetValue<string>()).ToList();
        Assert.Equal(["system", "user"], roles);
        Assert.Contains("untrusted quoted material", request.System, StringComparison.Ordinal);
        Assert.Contains("Question: " + Question, request.User, StringComparison.Ordinal);
        Assert.Contains("<passage id=\"P1\"", request.User, StringComparison.Ordinal);
        Assert.Matches(@"\n\[S1\] \S", request.User);
        Assert.DoesNotContain("{{", request.User, StringComparison.Ordinal);
        Assert.Contains(server.ChatRequests, SeedModel.IsDisagreementPrompt);
    }

    [Fact]
    public async Task A_model_that_alters_a_quote_loses_that_sentence_and_the_answer_shows_only_stored_text()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        string? fabricated = null;
        server.Chat = (request, _) =>
        {
            var reply = SeedModel.Reply(request, fabricate: 1);
            if (!SeedModel.IsDisagreementPrompt(request)) fabricated ??= JsonNode.Parse(JsonNode.Parse(reply.Body)!["choices"]![0]!["message"]!["content"]!.GetValue<string>())!["citations"]![1]!["quote"]!.GetValue<string>();
            return reply;
        };
        await using var host = await LlmTestHost.StartAsync(server.Endpoint);

        var answer = await host.Answers.AskAsync(Question);
        var rendered = TerminalAnswerRenderer.Render(answer);

        Assert.Equal(AnswerModes.Llm, answer.Mode);
        Assert.Equal(3, answer.QuotesProposed);
        Assert.Equal(2, answer.QuotesVerified);
        Assert.NotNull(fabricated);
        Assert.DoesNotContain(fabricated, rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("reportedly", answer.Text, StringComparison.Ordinal);
        Assert.Contains("[1]", answer.Text, StringComparison.Ordinal);
        Assert.Contains("[2]", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("[3]", answer.Text, StringComparison.Ordinal);
        await AssertAllQuotesVerbatim(host, answer);
        // One regeneration is only for an answer that lost all support: here the two true quotes stand.
        Assert.Single(server.ChatRequests, r => !SeedModel.IsDisagreementPrompt(r));
    }

    [Fact]
    public async Task A_model_that_cites_a_sentence_id_it_was_not_given_shows_only_stored_text()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Chat = (request, _) =>
        {
            if (SeedModel.IsDisagreementPrompt(request)) return FakeReply.Completion("""{"disagreements": []}""");
            var sentence = SeedModel.FirstSentence(SeedModel.Passages(request.User)[0])!;
            return FakeReply.Completion(FakeReply.AnswerJson($"{sentence.Text} [1] Meta also plans a moon base. [2]", (1, sentence.Id, null), (2, "S999", "Meta also plans a moon base.")));
        };
        await using var host = await LlmTestHost.StartAsync(server.Endpoint);

        var answer = await host.Answers.AskAsync(Question);
        var rendered = TerminalAnswerRenderer.Render(answer);

        Assert.Equal(AnswerModes.Llm, answer.Mode);
        Assert.Equal(2, answer.QuotesProposed);
        Assert.Single(answer.Citations);
        Assert.DoesNotContain("moon", rendered, StringComparison.Ordinal);
        Assert.Contains(host.LogLines, l => l.Contains("S999", StringComparison.Ordinal));
        await AssertAllQuotesVerbatim(host, answer);
    }

    [Fact]
    public async Task The_quote_shown_is_the_stored_sentence_whatever_quote_the_model_adds_to_its_citation()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        string? stored = null;
        server.Chat = (request, _) =>
        {
            if (SeedModel.IsDisagreementPrompt(request)) return FakeReply.Completion("""{"disagreements": []}""");
            var sentence = SeedModel.FirstSentence(SeedModel.Passages(request.User)[0])!;
            stored = sentence.Text;
            return FakeReply.Completion(FakeReply.AnswerJson("Bosworth addressed opting out. [1]", (1, sentence.Id, SeedModel.Fabricate(sentence.Text))));
        };
        await using var host = await LlmTestHost.StartAsync(server.Endpoint);

        var answer = await host.Answers.AskAsync(Question);
        var rendered = TerminalAnswerRenderer.Render(answer);

        Assert.Equal(AnswerModes.Llm, answer.Mode);
        Assert.Equal(stored, Assert.Single(answer.Citations).Quote);
        Assert.DoesNotContain("reportedly", rendered, StringComparison.Ordinal);
        await AssertAllQuotesVerbatim(host, answer);
    }

    [Fact]
    public async Task Malformed_json_is_asked_for_once_more_and_then_the_answer_is_extractive()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Chat = (request, _) => SeedModel.IsDisagreementPrompt(request)
            ? FakeReply.Completion("""{"disagreements": []}""")
            : FakeReply.Completion("{\"answer\": \"Bosworth said [1], \"citations\": [{\"n\": 1,");
        await using var host = await LlmTestHost.StartAsync(server.Endpoint);

        var answer = await host.Answers.AskAsync(Question);

        Assert.Equal(AnswerModes.Extractive, answer.Mode);
        Assert.True(answer.Answered);
        Assert.Equal([LlmAnswerOutcome.UnverifiedNotice], answer.Notices);
        var answerRequests = server.ChatRequests.Where(r => !SeedModel.IsDisagreementPrompt(r)).ToList();
        Assert.Equal(2, answerRequests.Count);
        Assert.Contains("could not be used", answerRequests[1].User, StringComparison.Ordinal);
        await AssertAllQuotesVerbatim(host, answer);
    }

    [Fact]
    public async Task An_answer_that_loses_all_support_is_regenerated_with_the_failures_listed()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        var answerCalls = 0;
        server.Chat = (request, _) =>
        {
            if (SeedModel.IsDisagreementPrompt(request)) return FakeReply.Completion("""{"disagreements": []}""");
            return Interlocked.Increment(ref answerCalls) == 1
                ? FakeReply.Completion(FakeReply.AnswerJson("Bosworth resigned. [1]", (1, "S999", null)))
                : SeedModel.Reply(request);
        };
        await using var host = await LlmTestHost.StartAsync(server.Endpoint);

        var answer = await host.Answers.AskAsync(Question);

        Assert.Equal(AnswerModes.Llm, answer.Mode);
        Assert.Equal(2, answerCalls);
        var retry = server.ChatRequests.Where(r => !SeedModel.IsDisagreementPrompt(r)).Last();
        Assert.Contains("S999", retry.User, StringComparison.Ordinal);
        Assert.Contains("not among the passages", retry.User, StringComparison.Ordinal);
        await AssertAllQuotesVerbatim(host, answer);
    }

    [Fact]
    public async Task The_api_key_never_appears_in_the_logs()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Chat = (request, n) => n == 1
            ? FakeReply.Error(429, "rate_limit_exceeded", "Rate limit reached", new Dictionary<string, string> { ["Retry-After"] = "0" })
            : SeedModel.Reply(request);
        await using var host = await LlmTestHost.StartAsync(server.Endpoint);

        await host.Answers.AskAsync(Question);
        await host.Answers.SummarizeAsync(new SummaryRequest("Meta monitoring petition"));

        Assert.NotEmpty(host.LogLines);
        Assert.Contains(host.LogLines, l => l.Contains("Prompt answer", StringComparison.Ordinal));
        Assert.DoesNotContain(LlmTestHost.ApiKey, host.LogText, StringComparison.Ordinal);
        Assert.DoesNotContain("9f8e7d6c5b4a", host.LogText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejected_key_echoed_by_the_server_is_redacted_from_logs_and_the_answer_is_extractive()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Chat = (request, _) => FakeReply.Error(401, "invalid_api_key", "Incorrect API key provided: " + request.Headers["Authorization"]["Bearer ".Length..] + ".");
        await using var host = await LlmTestHost.StartAsync(server.Endpoint);

        var answer = await host.Answers.AskAsync(Question);

        Assert.Equal([LlmAnswerOutcome.UnavailableNotice], answer.Notices);
        Assert.Contains(host.LogLines, l => l.Contains("[redacted]", StringComparison.Ordinal));
        Assert.DoesNotContain(LlmTestHost.ApiKey, host.LogText, StringComparison.Ordinal);
        Assert.DoesNotContain(LlmTestHost.ApiKey[^8..], host.LogText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_endpoint_written_with_a_trailing_slash_as_azure_documents_it_reaches_the_same_paths()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Chat = (request, _) => SeedModel.Reply(request);
        await using var host = await LlmTestHost.StartAsync(server.Endpoint + "/", new Dictionary<string, string?> { ["ChatBot:Llm:EmbeddingModel"] = "text-embedding-3-small" });

        var answer = await host.Answers.AskAsync(Question);

        Assert.Equal(AnswerModes.Llm, answer.Mode);
        Assert.All(server.Requests, r => Assert.StartsWith("/v1/", r.Path, StringComparison.Ordinal));
        Assert.NotEmpty(server.EmbeddingRequests);
    }

    internal static async Task AssertAllQuotesVerbatim(LlmTestHost host, Answer answer)
    {
        foreach (var citation in answer.Citations)
        {
            var story = await host.Index.GetStoryAsync(citation.SourceId);
            Assert.NotNull(story);
            Assert.Equal(citation.Quote, story.Text[citation.Start..citation.End]);
        }

        foreach (var claim in answer.Disagreements.SelectMany(d => d.Claims))
        {
            var story = await host.Index.GetStoryAsync(claim.SourceId);
            Assert.NotNull(story);
            Assert.True(QuoteVerifier.IsVerbatim(story.Text, claim.Quote));
        }
    }
}
