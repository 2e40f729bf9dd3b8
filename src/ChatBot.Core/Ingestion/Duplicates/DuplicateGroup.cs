namespace ChatBot.Core.Ingestion.Duplicates;

/// <summary>Stories with (nearly) the same text: one origin and its copies.</summary>
/// <param name="OriginId">The earliest published (else first seen) story of the group.</param>
/// <param name="StoryIds">Every member, the origin included.</param>
public sealed record DuplicateGroup(string OriginId, IReadOnlyList<string> StoryIds);
