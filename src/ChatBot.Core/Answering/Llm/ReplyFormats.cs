namespace ChatBot.Core.Answering.Llm;

/// <summary>The reply formats a prompt can ask for: JSON where the endpoint accepts it, tagged text otherwise.</summary>
public static class ReplyFormats
{
    /// <summary>Instructions for a JSON reply, filled into a prompt's {{format}}.</summary>
    public const string Json = """
        Reply with one JSON object and nothing else:
        {"answered": true, "answer": "prose with markers like [1] after each claim", "citations": [{"n": 1, "passage": "P2", "quote": "words copied exactly from passage P2"}]}
        When the passages do not answer the question: {"answered": false, "answer": "", "citations": []}
        """;

    /// <summary>Instructions for a tagged reply, for endpoints that do not accept a JSON response format.</summary>
    public const string Tagged = """
        Reply in exactly this tagged form and nothing else:
        <answer>prose with markers like [1] after each claim</answer>
        <cite n="1" passage="P2">words copied exactly from passage P2</cite>
        (one cite line per marker). When the passages do not answer the question reply <answer></answer> and no cite lines.
        """;
}
