namespace ChatBot.Core.Ingestion.Duplicates;

/// <summary>Stories with (nearly) the same text: one origin and its copies.</summary>
/// <param name="OriginId">The earliest published story of the group (by id when no date is stated).</param>
/// <param name="StoryIds">Every member, the origin included.</param>
public sealed record DuplicateGroup(string OriginId, IReadOnlyList<string> StoryIds);
