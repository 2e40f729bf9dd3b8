using ChatBot.Core.Answering;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Rest;

namespace ChatBot.Discord.Commands;

/// <summary>
/// The options /ask and /summarize share, read once for both: which outlet, published since when, and whether
/// only the asker sees the answer.
/// </summary>
internal sealed record StoryScope(string? Source, DateTimeOffset? Since, bool Private)
{
    /// <summary>The options' definitions, after the command's own.</summary>
    public static IReadOnlyList<ApplicationCommandOption> Definitions { get; } = [SourceOption.Definition, SinceOption.Definition, PrivateOption.Definition];

    /// <summary>The restrictions for an answer; null when nothing is restricted.</summary>
    public AskOptions? ToAskOptions() => Source is null && Since is null ? null : new AskOptions(Source is { } source ? [source] : null, Since);

    /// <summary>The scope the interaction asks for; null when <c>since</c> is not a date (<see cref="SinceOption.Problem"/> says so).</summary>
    public static StoryScope? Read(Interaction interaction)
    {
        if (!SinceOption.TryParse(interaction.StringOption(SinceOption.Name), out var since)) return null;
        var source = interaction.StringOption(SourceOption.Name)?.Trim() is { Length: > 0 } s ? s : null;
        return new StoryScope(source, since, interaction.BooleanOption(PrivateOption.Name) ?? false);
    }
}
