using System.Text.Json;

namespace ChatBot.Core.Answering.Llm;

/// <summary>A reply shape sent as a structured-output JSON schema, with the name the API requires.</summary>
public sealed record ReplySchema(string Name, JsonElement Schema)
{
    /// <summary>The answer and summary reply.</summary>
    public static ReplySchema Answer { get; } = new("cited_answer", ReplyFormats.Schema);
}
