using ChatBot.Core.Answering;
using ChatBot.Core.Index;

namespace ChatBot.Discord.Digests;

/// <summary>What one digest says: the new stories, their summary, and how many scheduled digests it stands for.</summary>
/// <param name="Summary">The summary of the coverage; null when there are no new stories.</param>
/// <param name="Missed">Earlier due digests this one covers because the bot was offline at their time.</param>
internal sealed record DigestContent(
    string? Topic, DateTimeOffset Since, IReadOnlyList<StoryListing> NewStories, Answer? Summary, int Missed);
