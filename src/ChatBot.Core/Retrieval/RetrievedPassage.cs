using ChatBot.Core.Index;

namespace ChatBot.Core.Retrieval;

/// <summary>A passage chosen for answering, with its rank after diversification (0 is best).</summary>
/// <param name="Match">How well the passage matches the question beside the best match: its score over the top
/// score of the ranking that found it (the best such share when several did), 1 for the best passage.</param>
public sealed record RetrievedPassage(ChunkHit Hit, int Rank, double Match = 1)
{
    /// <summary>The story the passage belongs to.</summary>
    public string StoryId => Hit.Chunk.StoryId;
}
