namespace ChatBot.Core.Retrieval;

/// <summary>How many passages to consider and how many one story may hold among them.</summary>
public sealed record RetrievalOptions(int Candidates = 60, int Passages = 20, int MaxPerStory = 3)
{
    /// <summary>The defaults.</summary>
    public static RetrievalOptions Default { get; } = new();
}
