namespace ChatBot.Core.Disagreements.Llm;

/// <summary>Reply-format instructions for the disagreement prompt's {{format}}.</summary>
public static class DisagreementFormats
{
    /// <summary>JSON, where the endpoint accepts a JSON response format.</summary>
    public const string Json = """
        Reply with one JSON object and nothing else:
        {"disagreements": [{"topic": "what the claims are about", "kind": "number|date|attribution|event", "claims": [{"passage": "P1", "value": "the value as written", "quote": "words copied exactly from P1"}, {"passage": "P3", "value": "...", "quote": "words copied exactly from P3"}]}]}
        When the passages do not conflict: {"disagreements": []}
        """;

    /// <summary>The tagged form, for endpoints without JSON mode.</summary>
    public const string Tagged = """
        Reply in exactly this tagged form and nothing else, one conflict block per conflict:
        <conflict topic="what the claims are about" kind="number|date|attribution|event">
        <claim passage="P1" value="the value as written">words copied exactly from P1</claim>
        <claim passage="P3" value="...">words copied exactly from P3</claim>
        </conflict>
        When the passages do not conflict reply <none/>.
        """;
}
