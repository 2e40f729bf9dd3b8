using ChatBot.Core.Disagreements;

namespace ChatBot.Core.Answering;

/// <summary>
/// The structured result of a question: data, not prose. Rendering to Discord or the terminal is a separate,
/// pure step, and <c>ask --json</c> / <c>eval --out</c> serialise this record (a documented contract).
/// </summary>
/// <param name="Question">The question as asked.</param>
/// <param name="Answered">False when the stories do not cover the question; then <see cref="Citations"/> is empty.</param>
/// <param name="Text">The answer with inline markers [1], [2] pointing at <see cref="Citations"/> by number.</param>
/// <param name="Citations">Verified quotes, numbered from 1.</param>
/// <param name="Disagreements">Conflicting claims between stories, each side backed by a verified quote.</param>
/// <param name="Timings">Where the time went.</param>
/// <param name="Mode">"extractive" or "llm".</param>
/// <param name="Notices">Lines for the user about how the answer was made (e.g. the model was unavailable).</param>
/// <param name="QuotesProposed">Quotes proposed before verification (the LLM path; equals the citations otherwise).</param>
/// <param name="ShortAnswer">The answer in a phrase when the evidence settles on one, else null.</param>
/// <param name="Summary">For a summary, its layout (reports, independent, single-source and agreed citations); null for an answer.
/// Its text then states the disagreements itself, first, so renderers do not state them again.</param>
public sealed record Answer(
    string Question,
    bool Answered,
    string Text,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<Disagreement> Disagreements,
    AnswerTimings Timings,
    string Mode = AnswerModes.Extractive,
    IReadOnlyList<string>? Notices = null,
    int QuotesProposed = 0,
    ShortAnswer? ShortAnswer = null,
    SummaryOutline? Summary = null)
{
    /// <summary>Quotes that survived verification.</summary>
    public int QuotesVerified => Citations.Count;
}

/// <summary>The values of <see cref="Answer.Mode"/>.</summary>
public static class AnswerModes
{
    /// <summary>Sentences chosen from the stories, no model involved.</summary>
    public const string Extractive = "extractive";

    /// <summary>Prose written by a language model, every quote verified.</summary>
    public const string Llm = "llm";
}
