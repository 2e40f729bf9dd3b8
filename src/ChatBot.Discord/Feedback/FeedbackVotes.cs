namespace ChatBot.Discord.Feedback;

/// <summary>The votes a reader can give an answer, as stored, with the button label of each.</summary>
public static class FeedbackVotes
{
    public const string Helpful = "helpful";
    public const string WrongQuote = "wrong-quote";
    public const string NotADisagreement = "not-a-disagreement";

    public static IReadOnlyList<(string Vote, string Label)> All { get; } =
    [
        (Helpful, "Helpful"),
        (WrongQuote, "Wrong quote"),
        (NotADisagreement, "Not a real disagreement"),
    ];

    public static string? LabelOf(string vote) => All.FirstOrDefault(v => v.Vote == vote).Label;

    /// <summary>Votes that say the answer was wrong: these become regression questions.</summary>
    public static bool IsComplaint(string vote) => vote is WrongQuote or NotADisagreement;
}
