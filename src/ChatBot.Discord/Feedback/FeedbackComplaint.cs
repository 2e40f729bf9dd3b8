namespace ChatBot.Discord.Feedback;

/// <summary>An answer readers marked wrong, with the complaints they made (each at most once).</summary>
public sealed record FeedbackComplaint(string AnswerId, string Kind, string Question, IReadOnlyList<string> CitedSources, IReadOnlyList<string> Votes);
