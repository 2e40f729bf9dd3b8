using ChatBot.Core.Stories;

namespace ChatBot.Core.Index;

/// <summary>A row of the sources listing.</summary>
public sealed record StoryListing(string StoryId, string Source, StoryMetadata Metadata, int ChunkCount, string ContentHash);
