namespace ChatBot.Discord.Feedback;

/// <summary>An answer as kept for feedback: the question, the cited stories and the whole answer as JSON.</summary>
/// <param name="AnswerId">The id of the interaction or message that asked (a snowflake, unique).</param>
/// <param name="Kind">"answer" or "summary", as in the eval format.</param>
public sealed record FeedbackAnswer(
    string AnswerId, string Kind, string Question, IReadOnlyList<string> CitedSources, string AnswerJson, DateTimeOffset AnsweredAt);
