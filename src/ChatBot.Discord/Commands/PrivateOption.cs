using ChatBot.Discord.Rest;

namespace ChatBot.Discord.Commands;

/// <summary>The <c>private</c> option of /ask and /summarize: an ephemeral answer, seen by the asker only.</summary>
internal static class PrivateOption
{
    public const string Name = "private";

    public static ApplicationCommandOption Definition { get; } = new(
        ApplicationCommandOptionTypes.Boolean, Name, "Only you see the answer");
}
