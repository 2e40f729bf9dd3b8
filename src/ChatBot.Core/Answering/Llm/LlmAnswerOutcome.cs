using ChatBot.Core.Disagreements;

namespace ChatBot.Core.Answering.Llm;

/// <summary>
/// The LLM path's result for one question: the guarded answer, or null when the pipeline must answer
/// extractively (then <see cref="Notice"/> says why); plus any verified disagreements the model found.
/// </summary>
public sealed record LlmAnswerOutcome(GuardedText? Written, IReadOnlyList<Disagreement> Disagreements, string? Notice)
{
    /// <summary>The notice when the endpoint failed.</summary>
    public const string UnavailableNotice = "The language model was unavailable; this answer is extractive.";

    /// <summary>The notice when the prompt overflowed the model's context twice.</summary>
    public const string ContextOverflowNotice = "The stories did not fit the language model's context, even with fewer passages; this answer is extractive. (Give the model a larger context, or lower ChatBot:Llm:ContextTokenBudget.)";

    /// <summary>The notice when the model's reply was cut at its output limit twice.</summary>
    public const string TruncatedNotice = "The language model's reply was cut off at its length limit, even with fewer passages; this answer is extractive. (Raise ChatBot:Llm:MaxOutputTokens.)";

    /// <summary>The notice when the model's answer did not survive verification twice.</summary>
    public const string UnverifiedNotice = "The language model's answer could not be verified against the stories; this answer is extractive.";
}
