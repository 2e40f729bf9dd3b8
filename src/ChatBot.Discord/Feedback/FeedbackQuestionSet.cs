using ChatBot.Core.Evaluation;

namespace ChatBot.Discord.Feedback;

/// <summary>
/// Turns answers readers marked wrong into a question set in the eval format (../shared/eval/README.md): the
/// question, the sources the answer cited as <c>relevant</c>, and empty <c>facts</c> for a person to fill in;
/// a "not a real disagreement" vote also records that no disagreement is expected. Real complaints thus become
/// regression cases for <c>eval --gold</c>.
/// </summary>
public static class FeedbackQuestionSet
{
    public static GoldSet From(IReadOnlyList<FeedbackComplaint> complaints, string corpus) => new(
        "feedback",
        corpus,
        [.. complaints.Select(c => new GoldQuestion(
            "feedback-" + c.AnswerId,
            c.Question,
            c.Kind,
            Facts: [],
            Relevant: c.CitedSources,
            Disagreement: c.Votes.Contains(FeedbackVotes.NotADisagreement) ? new GoldDisagreement(Expected: false) : null))]);
}
