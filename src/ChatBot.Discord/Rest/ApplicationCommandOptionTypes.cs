namespace ChatBot.Discord.Rest;

/// <summary>The option types the bot's commands use.</summary>
internal static class ApplicationCommandOptionTypes
{
    public const int String = 3;
    public const int Integer = 4;
    public const int Boolean = 5;
}
