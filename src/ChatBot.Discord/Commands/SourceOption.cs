using ChatBot.Discord.Rest;

namespace ChatBot.Discord.Commands;

/// <summary>The <c>source</c> option of /ask and /summarize: an outlet, suggested from the indexed ones as it is typed.</summary>
internal static class SourceOption
{
    public const string Name = "source";

    public static ApplicationCommandOption Definition { get; } = new(
        ApplicationCommandOptionTypes.String, Name, "Only stories from this outlet", MaxLength: OptionChoice.MaxLength, Autocomplete: true);
}
