using System.Text.Json;
using ChatBot.Core.Answering.Llm;

namespace ChatBot.Core.Disagreements.Llm;

/// <summary>Reply-format instructions for the disagreement prompt's {{$format}}, and the reply's JSON schema.</summary>
public static class DisagreementFormats
{
    /// <summary>JSON, where the endpoint accepts a JSON response format.</summary>
    public const string Json = """
        Reply with one JSON object and nothing else:
        {"disagreements": [{"topic": "what the claims are about", "kind": "number|date|attribution|event", "claims": [{"sentence": "S2", "value": "the value as written"}, {"sentence": "S9", "value": "..."}]}]}
        When the passages do not conflict: {"disagreements": []}
        """;

    /// <summary>The tagged form, for endpoints without JSON mode.</summary>
    public const string Tagged = """
        Reply in exactly this tagged form and nothing else, one conflict block per conflict:
        <conflict topic="what the claims are about" kind="number|date|attribution|event">
        <claim sentence="S2" value="the value as written"/>
        <claim sentence="S9" value="..."/>
        </conflict>
        When the passages do not conflict reply <none/>.
        """;

    /// <summary>The reply's shape as a structured-output JSON schema.</summary>
    public static ReplySchema Schema { get; } = new("disagreements", JsonDocument.Parse("""
        {
          "type": "object",
          "properties": {
            "disagreements": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "topic": {"type": "string"},
                  "kind": {"type": "string", "enum": ["number", "date", "attribution", "event"]},
                  "claims": {
                    "type": "array",
                    "items": {
                      "type": "object",
                      "properties": {"sentence": {"type": "string"}, "value": {"type": "string"}},
                      "required": ["sentence", "value"],
                      "additionalProperties": false
                    }
                  }
                },
                "required": ["topic", "kind", "claims"],
                "additionalProperties": false
              }
            }
          },
          "required": ["disagreements"],
          "additionalProperties": false
        }
        """).RootElement.Clone());
}
