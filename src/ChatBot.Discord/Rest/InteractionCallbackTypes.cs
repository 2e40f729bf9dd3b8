namespace ChatBot.Discord.Rest;

internal static class InteractionCallbackTypes
{
    public const int ChannelMessageWithSource = 4;
    public const int DeferredChannelMessageWithSource = 5;
    public const int ApplicationCommandAutocompleteResult = 8;
}
