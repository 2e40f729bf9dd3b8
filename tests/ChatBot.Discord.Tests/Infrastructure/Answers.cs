using ChatBot.Core.Answering;
using ChatBot.Core.Disagreements;

namespace ChatBot.Discord.Tests.Infrastructure;

/// <summary>Answers to render and send, built like the ones Core returns.</summary>
internal static class Answers
{
    public static Answer Simple(string question) => new(
        question,
        Answered: true,
        Text: $"Answer to {question}: the company reassigned engineers. [1]",
        Citations: [Citation(1, "The company reassigned 6,500 engineers to the new unit.")],
        Disagreements: [],
        AnswerTimings.Zero);

    public static Citation Citation(int number, string quote, string? title = null) => new(
        number, $"story-{number}", title ?? $"Story {number}", "Example News", $"https://news.example/{number}",
        new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero), quote, 0, quote.Length);

    public static Disagreement Disagreement() => new(
        "engineers reassigned",
        DisagreementKinds.Number,
        [
            new DisagreementClaim("story-1", "Example News", "Story 1", "6,500", "roughly", "Roughly 6,500 engineers were moved.", 0, 10),
            new DisagreementClaim("story-2", "Other Times", "Story 2", "7,000", null, "Some 7,000 engineers were moved.", 0, 10),
        ]);
}
