namespace ChatBot.Core.Answering;

/// <summary>
/// A verified quote: <see cref="Quote"/> is exactly <c>story.Text[Start..End]</c> of the story
/// <see cref="SourceId"/>.
/// </summary>
/// <param name="Number">The marker number used in the answer text ([1] is 1).</param>
/// <param name="CorroboratedBy">The other independent stories (copies collapsed) with a sentence stating the same fact.</param>
/// <param name="AiGenerated">True when the story's own text says AI wrote it; null when it does not say.</param>
/// <param name="Label">"opinion" or "analysis" when the story labels itself so; else null.</param>
/// <param name="DisplayName">How the story is named in prose (<see cref="SourceLabel"/>): its outlet, else its
/// title, else its first line, else its source's name.</param>
public sealed record Citation(
    int Number,
    string SourceId,
    string? Title,
    string? Outlet,
    string? Url,
    DateTimeOffset? Published,
    string Quote,
    int Start,
    int End,
    IReadOnlyList<string>? CorroboratedBy = null,
    bool? AiGenerated = null,
    string? Label = null,
    string? DisplayName = null);
