namespace ChatBot.Core.Answering;

/// <summary>
/// A verified quote: <see cref="Quote"/> is exactly <c>story.Text[Start..End]</c> of the story
/// <see cref="SourceId"/>.
/// </summary>
/// <param name="Number">The marker number used in the answer text ([1] is 1).</param>
public sealed record Citation(
    int Number,
    string SourceId,
    string? Title,
    string? Outlet,
    string? Url,
    DateTimeOffset? Published,
    string Quote,
    int Start,
    int End);
