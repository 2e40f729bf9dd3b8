using System.Text.Json;

namespace ChatBot.Core.Answering.Llm;

/// <summary>The reply formats a prompt can ask for: JSON where the endpoint accepts it, tagged text otherwise.</summary>
public static class ReplyFormats
{
    /// <summary>Instructions for a JSON reply, filled into a prompt's {{$format}}.</summary>
    public const string Json = """
        Reply with one JSON object and nothing else:
        {"answered": true, "answer": "prose with markers like [1] after each claim", "citations": [{"n": 1, "sentence": "S4"}]}
        Each citation gives the id of the one sentence that supports the marker; do not copy the sentence.
        When the passages do not answer the question: {"answered": false, "answer": "", "citations": []}
        """;

    /// <summary>Instructions for a tagged reply, for endpoints that do not accept a JSON response format.</summary>
    public const string Tagged = """
        Reply in exactly this tagged form and nothing else:
        <answer>prose with markers like [1] after each claim</answer>
        <cite n="1" sentence="S4"/>
        (one cite line per marker, giving the id of the sentence that supports it). When the passages do not answer the question reply <answer></answer> and no cite lines.
        """;

    /// <summary>The reply's shape as a JSON schema, sent as a structured-output response format.</summary>
    public static JsonElement Schema { get; } = JsonDocument.Parse("""
        {
          "type": "object",
          "properties": {
            "answered": {"type": "boolean"},
            "answer": {"type": "string"},
            "citations": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {"n": {"type": "integer"}, "sentence": {"type": "string"}},
                "required": ["n", "sentence"],
                "additionalProperties": false
              }
            }
          },
          "required": ["answered", "answer", "citations"],
          "additionalProperties": false
        }
        """).RootElement.Clone();
}
