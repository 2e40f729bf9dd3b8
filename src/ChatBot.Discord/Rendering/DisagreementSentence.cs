using ChatBot.Core.Disagreements;

namespace ChatBot.Discord.Rendering;

/// <summary>
/// Recognises the paragraph Core's answer text gives each disagreement ("The sources disagree on {topic}: …"),
/// so the Discord answer, which shows the disagreement as an embed, does not say it twice.
/// </summary>
internal static class DisagreementSentence
{
    public static bool Describes(string paragraph, IReadOnlyList<Disagreement> disagreements) =>
        disagreements.Any(d => paragraph.StartsWith($"The sources disagree on {d.Topic}:", StringComparison.Ordinal));
}
