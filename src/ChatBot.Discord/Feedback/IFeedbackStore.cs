namespace ChatBot.Discord.Feedback;

/// <summary>Answers the bot gave with feedback buttons, and each reader's vote on them.</summary>
public interface IFeedbackStore
{
    /// <summary>Keeps an answer so votes on it can be stored with it.</summary>
    Task RecordAnswerAsync(FeedbackAnswer answer, CancellationToken cancellationToken = default);

    /// <summary>Stores one user's vote on an answer, replacing the user's earlier vote.</summary>
    Task<VoteOutcome> VoteAsync(string answerId, string userId, string vote, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Answers whose current votes include a complaint (wrong quote, not a real disagreement), oldest first.</summary>
    Task<IReadOnlyList<FeedbackComplaint>> ComplaintsAsync(CancellationToken cancellationToken = default);
}
