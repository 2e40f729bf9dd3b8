using ChatBot.Core.Disagreements;

namespace ChatBot.Core.Answering;

/// <summary>An answer as a strategy wrote it, before the pipeline adds where the stories disagree.</summary>
/// <param name="Mode">Who wrote it (<see cref="AnswerModes"/>).</param>
/// <param name="Notice">Why a model's answer was not used, when it was not.</param>
/// <param name="FoundDisagreements">Verified disagreements the writer found beside the pipeline's own.</param>
/// <param name="ProposedQuotes">How many quotes the writer proposed before verification.</param>
public sealed record AnswerDraft(
    string Text,
    List<Citation> Citations,
    ShortAnswer? ShortAnswer,
    string Mode,
    string? Notice,
    IReadOnlyList<Disagreement> FoundDisagreements,
    int ProposedQuotes)
{
    /// <summary>"Only X reports this…" when the answer rests on one independent story; empty otherwise.</summary>
    public string SingleSourceNote { get; init; } = "";
}
