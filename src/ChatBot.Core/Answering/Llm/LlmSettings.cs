namespace ChatBot.Core.Answering.Llm;

/// <summary>How Core talks to a model; the executable fills it from configuration.</summary>
/// <param name="MaxOutputTokens">Most tokens one reply may have.</param>
/// <param name="ContextTokenBudget">Most tokens of passages one prompt may carry; longer contexts are cut, never overflowed.</param>
/// <param name="JsonResponseFormat">Ask for a JSON response format (else the tagged form, for endpoints without JSON mode).</param>
public sealed record LlmSettings(int MaxOutputTokens = 800, int ContextTokenBudget = 6000, bool JsonResponseFormat = true)
{
    /// <summary>The defaults.</summary>
    public static LlmSettings Default { get; } = new();

    /// <summary>The reply-format instructions for a prompt's {{format}}.</summary>
    public string FormatInstructions => JsonResponseFormat ? ReplyFormats.Json : ReplyFormats.Tagged;
}
