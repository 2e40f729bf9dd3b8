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

    /// <summary>The notice when the model's answer did not survive verification twice.</summary>
    public const string UnverifiedNotice = "The language model's answer could not be verified against the stories; this answer is extractive.";
}
