namespace ChatBot.Core.Ingestion.Duplicates;

/// <summary>A story as the duplicate detector sees it.</summary>
/// <param name="Published">When the story says it was published; the earliest copy is the origin.</param>
public sealed record DuplicateCandidate(string StoryId, string? Outlet, DateTimeOffset? Published, ulong[] Signature);
