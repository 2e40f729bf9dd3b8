using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatBot.Tests.Llm;

/// <summary>
/// An OpenAI-compatible server on 127.0.0.1 (Kestrel, port 0) for tests: POST /v1/chat/completions and
/// /v1/embeddings, answering with bodies shaped like the real API's. Every request is recorded (path, headers,
/// JSON body) so tests assert what the client sent.
/// </summary>
internal sealed class FakeOpenAiServer : IAsyncDisposable
{
    private WebApplication _app = null!;
    private int _chatCount;

    /// <summary>Decides the reply to a chat request; the default answers "{}".</summary>
    public Func<CapturedRequest, int, FakeReply> Chat { get; set; } = (_, _) => FakeReply.Completion("{}");

    /// <summary>Makes the vector for one embeddings input.</summary>
    public Func<string, float[]> Embed { get; set; } = text => [text.Length % 7, text.Length % 5 + 1, 1];

    /// <summary>When set and it returns a reply, the embeddings request gets that instead (an error, as llama.cpp without --embeddings).</summary>
    public Func<CapturedRequest, FakeReply?>? EmbeddingsOverride { get; set; }

    public RequestRecorder<CapturedRequest> Requests { get; } = new();

    public IReadOnlyList<CapturedRequest> ChatRequests => Requests.Snapshot().Where(r => r.Path.EndsWith("chat/completions", StringComparison.Ordinal)).ToList();

    public IReadOnlyList<CapturedRequest> EmbeddingRequests => Requests.Snapshot().Where(r => r.Path.EndsWith("embeddings", StringComparison.Ordinal)).ToList();

    /// <summary>The base address to configure as ChatBot:Llm:Endpoint, e.g. http://127.0.0.1:41234/v1.</summary>
    public string Endpoint { get; private set; } = "";

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var server = new FakeOpenAiServer();
        server._app = await LoopbackServer.StartAsync(server.MapRoutes);
        server.Endpoint = server._app.BaseUri() + "v1";
        return server;
    }

    private void MapRoutes(WebApplication app)
    {
        var server = this;
        app.MapPost("/v1/chat/completions", async context =>
        {
            var request = await CapturedRequest.ReadAsync(context);
            server.Requests.Add(request);
            var reply = server.Chat(request, Interlocked.Increment(ref server._chatCount));
            await reply.WriteAsync(context);
        });
        app.MapPost("/v1/embeddings", async context =>
        {
            var request = await CapturedRequest.ReadAsync(context);
            server.Requests.Add(request);
            if (server.EmbeddingsOverride?.Invoke(request) is { } overridden)
            {
                await overridden.WriteAsync(context);
                return;
            }

            var inputs = request.Body["input"] is JsonArray array ? array.Select(i => i!.GetValue<string>()).ToList() : [request.Body["input"]!.GetValue<string>()];
            var data = new JsonArray(inputs.Select((text, i) => (JsonNode)new JsonObject
            {
                ["object"] = "embedding",
                ["index"] = i,
                ["embedding"] = new JsonArray(server.Embed(text).Select(v => (JsonNode)JsonValue.Create(v)).ToArray()),
            }).ToArray());
            var body = new JsonObject
            {
                ["object"] = "list",
                ["data"] = data,
                ["model"] = request.Body["model"]?.GetValue<string>(),
                ["usage"] = new JsonObject { ["prompt_tokens"] = 8, ["total_tokens"] = 8 },
            };
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body.ToJsonString());
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
