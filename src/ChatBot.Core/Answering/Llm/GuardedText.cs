namespace ChatBot.Core.Answering.Llm;

/// <summary>
/// What survived the guard: the text with markers renumbered from [1], the verified citations, and why anything
/// was removed.
/// </summary>
/// <param name="Proposed">How many quotes the model proposed.</param>
/// <param name="Failures">One line per removed quote, citation or sentence, for the regeneration prompt and the logs.</param>
public sealed record GuardedText(string Text, IReadOnlyList<Citation> Citations, int Proposed, IReadOnlyList<string> Failures)
{
    /// <summary>True when nothing verified is left to stand on.</summary>
    public bool LostSupport => Citations.Count == 0 || string.IsNullOrWhiteSpace(Text);

    /// <summary>True when the model said the passages do not answer.</summary>
    public bool Declined { get; init; }
}
