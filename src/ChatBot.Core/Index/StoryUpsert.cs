using ChatBot.Core.Stories;

namespace ChatBot.Core.Index;

/// <summary>One story with its chunks (and optional chunk vectors), as <see cref="IStoryIndex.UpsertStoriesAsync"/> takes them.</summary>
public sealed record StoryUpsert(Story Story, IReadOnlyList<Chunk> Chunks, IReadOnlyList<float[]>? ChunkVectors = null);
