namespace ChatBot.Core.Answering;

/// <summary>Milliseconds spent in each stage of answering.</summary>
public sealed record AnswerTimings(double RetrievalMs, double AnsweringMs, double TotalMs)
{
    /// <summary>No time recorded.</summary>
    public static AnswerTimings Zero { get; } = new(0, 0, 0);
}
