namespace ChatBot.Discord.Rest;

/// <summary>One suggested value of an option (name shown, value sent; each 1 to 100 characters).</summary>
internal sealed record OptionChoice(string Name, string Value)
{
    public const int MaxLength = 100;
}
