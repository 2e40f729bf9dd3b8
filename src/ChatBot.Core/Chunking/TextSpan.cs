namespace ChatBot.Core.Chunking;

/// <summary>A half-open character range [Start, End) of a story's text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of characters.</summary>
    public int Length => End - Start;

    /// <summary>The characters of <paramref name="text"/> this span covers.</summary>
    public string Of(string text) => text[Start..End];
}
