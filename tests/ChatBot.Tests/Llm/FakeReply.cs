using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Tests.Llm;

/// <summary>What the fake answers: a completion, an API error, or a stall.</summary>
internal sealed record FakeReply(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default)
{
    public static FakeReply Completion(string content, string model = "gpt-4o-mini") => new(200, new JsonObject
    {
        ["id"] = "chatcmpl-" + Guid.NewGuid().ToString("N")[..12],
        ["object"] = "chat.completion",
        ["created"] = 1_763_000_000,
        ["model"] = model,
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content, ["refusal"] = null },
            ["logprobs"] = null,
            ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 812, ["completion_tokens"] = 96, ["total_tokens"] = 908 },
        ["system_fingerprint"] = "fp_test",
    }.ToJsonString());

    public static FakeReply Error(int status, string code, string message, IReadOnlyDictionary<string, string>? headers = null) => new(status, new JsonObject
    {
        ["error"] = new JsonObject { ["message"] = message, ["type"] = code, ["param"] = null, ["code"] = code },
    }.ToJsonString(), headers);

    public static FakeReply Stall(TimeSpan delay) => Completion("{}") with { Delay = delay };

    public async Task WriteAsync(HttpContext context)
    {
        if (Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = Status;
        foreach (var (name, value) in Headers ?? new Dictionary<string, string>()) context.Response.Headers[name] = value;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(Body);
    }

    /// <summary>A JSON answer body as the answer prompt asks for it; a quote, when given, is one the bot must ignore.</summary>
    public static string AnswerJson(string answer, params (int N, string Sentence, string? Quote)[] citations) => new JsonObject
    {
        ["answered"] = true,
        ["answer"] = answer,
        ["citations"] = new JsonArray(citations.Select(c => (JsonNode)(c.Quote is null
            ? new JsonObject { ["n"] = c.N, ["sentence"] = c.Sentence }
            : new JsonObject { ["n"] = c.N, ["sentence"] = c.Sentence, ["quote"] = c.Quote })).ToArray()),
    }.ToJsonString();

    /// <summary>A completion that calls one function, shaped like the API's tool_calls reply.</summary>
    public static FakeReply ToolCall(string name, string argumentsJson)
    {
        var body = JsonNode.Parse(Completion("").Body)!;
        var choice = body["choices"]![0]!;
        choice["message"] = new JsonObject
        {
            ["role"] = "assistant",
            ["content"] = null,
            ["tool_calls"] = new JsonArray(new JsonObject
            {
                ["id"] = "call_" + Guid.NewGuid().ToString("N")[..8],
                ["type"] = "function",
                ["function"] = new JsonObject { ["name"] = name, ["arguments"] = argumentsJson },
            }),
        };
        choice["finish_reason"] = "tool_calls";
        return new(200, body.ToJsonString());
    }

    /// <summary>A completion cut at the output limit, as a server sends it.</summary>
    public static FakeReply Truncated(string content)
    {
        var body = JsonNode.Parse(Completion(content).Body)!;
        body["choices"]![0]!["finish_reason"] = "length";
        return new(200, body.ToJsonString());
    }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
