namespace ChatBot.Discord.Feedback;

/// <summary>What an answer was asked as, in the eval format's words.</summary>
public static class QuestionKinds
{
    public const string Answer = "answer";
    public const string Summary = "summary";
}
