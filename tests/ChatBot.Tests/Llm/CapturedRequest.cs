using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ChatBot.Tests.Llm;

/// <summary>One request as the server saw it.</summary>
internal sealed record CapturedRequest(string Path, IReadOnlyDictionary<string, string> Headers, JsonObject Body)
{
    /// <summary>The text of the message with <paramref name="role"/>.</summary>
    public string Message(string role) =>
        Body["messages"]!.AsArray().Where(m => m!["role"]!.GetValue<string>() == role).Select(m => ContentText(m!["content"])).FirstOrDefault() ?? "";

    public string System => Message("system");

    /// <summary>The contents of the tool (function result) messages, in order; a result sent as a JSON string is decoded.</summary>
    public IReadOnlyList<string> ToolResults =>
        Body["messages"]!.AsArray().Where(m => m!["role"]!.GetValue<string>() == "tool").Select(m => ContentText(m!["content"]))
            .Select(text => text.StartsWith('"') ? JsonNode.Parse(text)!.GetValue<string>() : text).ToList();

    public string User => Message("user");

    public static async Task<CapturedRequest> ReadAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body) as JsonObject ?? [];
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return new CapturedRequest(context.Request.Path.Value ?? "", headers, body);
    }

    private static string ContentText(JsonNode? content) => content switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>())),
        _ => "",
    };
}
