namespace ChatBot.Discord.Rest;

/// <summary>Component types and button styles the bot uses, from components/reference.</summary>
internal static class ComponentTypes
{
    public const int ActionRow = 1;
    public const int Button = 2;

    public const int SecondaryStyle = 2;
}
