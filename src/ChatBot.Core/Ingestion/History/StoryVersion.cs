namespace ChatBot.Core.Ingestion.History;

/// <summary>One version of a story: its content hash and when the indexer first saw it.</summary>
public sealed record StoryVersion(string ContentHash, DateTimeOffset SeenAt);
