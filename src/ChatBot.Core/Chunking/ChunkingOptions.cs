namespace ChatBot.Core.Chunking;

/// <summary>Passage sizes, in characters.</summary>
public sealed record ChunkingOptions(int MinChars = 500, int MaxChars = 1000, int MaxOverlapChars = 250)
{
    /// <summary>The defaults: passages of roughly 500 to 1,000 characters, one short sentence of overlap.</summary>
    public static ChunkingOptions Default { get; } = new();
}
