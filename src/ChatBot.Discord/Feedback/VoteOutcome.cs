namespace ChatBot.Discord.Feedback;

/// <summary>What storing a vote did.</summary>
public enum VoteOutcome
{
    Recorded,
    Changed,
    Unchanged,

    /// <summary>The answer is not kept (e.g. the database was replaced), so the vote was not stored.</summary>
    UnknownAnswer,
}
