using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ChatBot.Core.Answering;
using ChatBot.Core.Answering.Llm;
using ChatBot.Rendering;

namespace ChatBot.Tests.Llm;

/// <summary>Rate limits, timeouts and dead endpoints: retried when worth it, otherwise an extractive answer and one notice.</summary>
public sealed class LlmResilienceTests
{
    private const string Question = "What did Andrew Bosworth say about opting out of the monitoring?";

    [Theory]
    [InlineData("Retry-After", "1", 900)] // seconds, the HTTP header
    [InlineData("retry-after-ms", "1200", 1100)] // milliseconds, OpenAI's own header
    public async Task A_rate_limited_request_is_retried_after_the_wait_the_endpoint_asks_for(string header, string value, int atLeastMs)
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        var answerCalls = 0;
        server.Chat = (request, _) =>
        {
            if (SeedModel.IsDisagreementPrompt(request)) return SeedModel.Reply(request);
            return Interlocked.Increment(ref answerCalls) == 1
                ? FakeReply.Error(429, "rate_limit_exceeded", "Rate limit reached for requests", new Dictionary<string, string> { [header] = value })
                : SeedModel.Reply(request);
        };
        await using var host = await LlmTestHost.StartAsync(server.Endpoint);

        var stopwatch = Stopwatch.StartNew();
        var answer = await host.Answers.AskAsync(Question);

        Assert.Equal(AnswerModes.Llm, answer.Mode);
        Assert.Null(answer.Notices);
        Assert.Equal(2, answerCalls);
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromMilliseconds(atLeastMs), $"retried after {stopwatch.Elapsed.TotalMilliseconds} ms, before {header}: {value}");
        Assert.Contains(host.LogLines, l => l.Contains("status 429", StringComparison.Ordinal));
    }

    [Fact]
    public void The_requested_wait_is_read_from_retry_after_ms_then_retry_after_in_seconds_or_as_a_date()
    {
        using var ms = new HttpResponseMessage((HttpStatusCode)429);
        ms.Headers.TryAddWithoutValidation("retry-after-ms", "250");
        ms.Headers.TryAddWithoutValidation("Retry-After", "7");
        using var seconds = new HttpResponseMessage((HttpStatusCode)429);
        seconds.Headers.TryAddWithoutValidation("Retry-After", "7");
        using var date = new HttpResponseMessage((HttpStatusCode)503);
        date.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(DateTimeOffset.UtcNow.AddMinutes(2));
        using var none = new HttpResponseMessage((HttpStatusCode)503);

        Assert.Equal(TimeSpan.FromMilliseconds(250), ChatBot.Llm.LlmResiliencePipeline.RequestedWait(ms));
        Assert.Equal(TimeSpan.FromSeconds(7), ChatBot.Llm.LlmResiliencePipeline.RequestedWait(seconds));
        Assert.InRange(ChatBot.Llm.LlmResiliencePipeline.RequestedWait(date)!.Value, TimeSpan.FromSeconds(100), TimeSpan.FromMinutes(2));
        Assert.Null(ChatBot.Llm.LlmResiliencePipeline.RequestedWait(none));
    }

    [Fact]
    public async Task Server_errors_are_retried_and_a_client_error_is_not()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        var calls = 0;
        server.Chat = (request, _) => SeedModel.IsDisagreementPrompt(request)
            ? SeedModel.Reply(request)
            : Interlocked.Increment(ref calls) switch
            {
                1 => FakeReply.Error(503, "server_error", "The server is overloaded", new Dictionary<string, string> { ["retry-after-ms"] = "50" }),
                _ => FakeReply.Error(401, "invalid_api_key", "Incorrect API key provided"),
            };
        await using var host = await LlmTestHost.StartAsync(server.Endpoint);

        var answer = await host.Answers.AskAsync(Question);

        Assert.Equal(2, calls);
        Assert.Equal(AnswerModes.Extractive, answer.Mode);
        Assert.Equal([LlmAnswerOutcome.UnavailableNotice], answer.Notices);
    }

    [Theory]
    [InlineData(408, 2)]
    [InlineData(429, 2)]
    [InlineData(500, 2)]
    [InlineData(501, 1)]
    [InlineData(400, 1)]
    public async Task Only_timeouts_rate_limits_and_server_errors_other_than_501_are_retried(int status, int expectedCalls)
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        var calls = 0;
        server.Chat = (request, _) => SeedModel.IsDisagreementPrompt(request) || Interlocked.Increment(ref calls) > 1
            ? SeedModel.Reply(request)
            : FakeReply.Error(status, "error", $"status {status} from the fake", new Dictionary<string, string> { ["Retry-After"] = "0" });
        await using var host = await LlmTestHost.StartAsync(server.Endpoint, new Dictionary<string, string?> { ["ChatBot:Llm:ResponseFormat"] = "tagged" });

        var answer = await host.Answers.AskAsync(Question);

        Assert.Equal(expectedCalls, calls);
        Assert.Equal(expectedCalls == 2 ? AnswerModes.Llm : AnswerModes.Extractive, answer.Mode);
    }

    [Fact]
    public async Task After_the_endpoint_stalls_twice_the_next_question_is_answered_without_asking_it()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Chat = (_, _) => FakeReply.Stall(TimeSpan.FromSeconds(20));
        await using var host = await LlmTestHost.StartAsync(server.Endpoint, new Dictionary<string, string?> { ["ChatBot:Llm:Timeout"] = "00:00:01" });
        await host.Answers.AskAsync(Question);
        await host.Answers.AskAsync(Question);
        var sent = server.ChatRequests.Count;

        var stopwatch = Stopwatch.StartNew();
        var answer = await host.Answers.AskAsync(Question);

        Assert.True(stopwatch.Elapsed < TimeSpan.FromMilliseconds(900), $"took {stopwatch.Elapsed.TotalMilliseconds} ms with the circuit open");
        Assert.Equal(sent, server.ChatRequests.Count);
        Assert.Equal(AnswerModes.Extractive, answer.Mode);
        Assert.Equal([LlmAnswerOutcome.UnavailableNotice], answer.Notices);
        Assert.Contains(host.LogLines, l => l.Contains("keeps failing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_model_that_does_not_answer_in_time_gives_the_extractive_answer_with_one_notice()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Chat = (_, _) => FakeReply.Stall(TimeSpan.FromSeconds(20));
        await using var host = await LlmTestHost.StartAsync(server.Endpoint, new Dictionary<string, string?> { ["ChatBot:Llm:Timeout"] = "00:00:01" });

        var stopwatch = Stopwatch.StartNew();
        var answer = await host.Answers.AskAsync(Question);
        var rendered = TerminalAnswerRenderer.Render(answer);

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(4), $"took {stopwatch.Elapsed.TotalMilliseconds} ms with a 1 s timeout");
        Assert.Equal(AnswerModes.Extractive, answer.Mode);
        Assert.True(answer.Answered);
        Assert.NotEmpty(answer.Citations);
        Assert.Equal([LlmAnswerOutcome.UnavailableNotice], answer.Notices);
        Assert.Single(rendered.Split('\n'), l => l.Contains("unavailable", StringComparison.Ordinal));
        Assert.StartsWith("Note: The language model was unavailable; this answer is extractive.", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stopped_endpoint_gives_the_extractive_answer_at_once()
    {
        var endpoint = $"http://127.0.0.1:{UnusedPort()}/v1";
        await using var host = await LlmTestHost.StartAsync(endpoint);

        var stopwatch = Stopwatch.StartNew();
        var answer = await host.Answers.AskAsync(Question);

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed.TotalMilliseconds} ms");
        Assert.Equal(AnswerModes.Extractive, answer.Mode);
        Assert.True(answer.Answered);
        Assert.Equal([LlmAnswerOutcome.UnavailableNotice], answer.Notices);
        Assert.Equal(AnswerModes.Llm, host.Factory.Mode);
    }

    [Fact]
    public async Task An_endpoint_that_rejects_the_json_schema_is_asked_once_more_in_plain_text_and_then_always()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Chat = (request, _) => request.Body["response_format"] is not null
            ? FakeReply.Error(400, "invalid_request_error", "Failed to parse grammar")
            : SeedModel.Reply(request);
        await using var host = await LlmTestHost.StartAsync(server.Endpoint);

        var answer = await host.Answers.AskAsync(Question);
        var firstQuestion = server.ChatRequests.Count;
        await host.Answers.AskAsync(Question);

        Assert.Equal(AnswerModes.Llm, answer.Mode);
        Assert.Null(answer.Notices);
        var requests = server.ChatRequests;
        Assert.Equal("json_schema", requests[0].Body["response_format"]!["type"]!.GetValue<string>());
        // The answer and the disagreement check go out together, so at most those two are rejected; each is asked
        // once more in plain text, and every request after is plain text from the start.
        Assert.InRange(requests.Count(r => r.Body["response_format"] is not null), 1, 2);
        Assert.True(requests.Count > firstQuestion);
        Assert.All(requests.Skip(firstQuestion), r => Assert.Null(r.Body["response_format"]));
    }

    [Fact]
    public async Task The_tagged_format_is_asked_for_and_read_when_configured()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Chat = (request, _) =>
        {
            if (SeedModel.IsDisagreementPrompt(request)) return FakeReply.Completion("<none/>");
            var sentence = SeedModel.FirstSentence(SeedModel.Passages(request.User)[0])!;
            return FakeReply.Completion($"<answer>{sentence.Text} [1]</answer>\n<cite n=\"1\" sentence=\"{sentence.Id}\"/>");
        };
        await using var host = await LlmTestHost.StartAsync(server.Endpoint, new Dictionary<string, string?> { ["ChatBot:Llm:ResponseFormat"] = "tagged" });

        var answer = await host.Answers.AskAsync(Question);

        Assert.Equal(AnswerModes.Llm, answer.Mode);
        Assert.Single(answer.Citations);
        Assert.All(server.ChatRequests, r => Assert.Null(r.Body["response_format"]));
        Assert.Contains("<cite n=", server.ChatRequests.First(r => !SeedModel.IsDisagreementPrompt(r)).User, StringComparison.Ordinal);
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
