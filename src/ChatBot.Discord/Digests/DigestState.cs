namespace ChatBot.Discord.Digests;

/// <summary>Where a digest stands: the due time last posted (or when it was first scheduled), and the stories it has covered.</summary>
/// <param name="CoveredStories">"story id|content hash" of every story a posted digest included.</param>
public sealed record DigestState(DateTimeOffset LastDue, IReadOnlySet<string> CoveredStories);
