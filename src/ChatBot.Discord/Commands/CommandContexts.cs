namespace ChatBot.Discord.Commands;

/// <summary>Interaction context types: where a command can be used.</summary>
internal static class CommandContexts
{
    public const int Guild = 0;
    public const int BotDm = 1;

    public static IReadOnlyList<int> Anywhere { get; } = [Guild, BotDm];

    public static IReadOnlyList<int> GuildOnly { get; } = [Guild];
}
