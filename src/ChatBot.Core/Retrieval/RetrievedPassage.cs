using ChatBot.Core.Index;

namespace ChatBot.Core.Retrieval;

/// <summary>A passage chosen for answering, with its rank after diversification (0 is best).</summary>
public sealed record RetrievedPassage(ChunkHit Hit, int Rank)
{
    /// <summary>The story the passage belongs to.</summary>
    public string StoryId => Hit.Chunk.StoryId;
}
