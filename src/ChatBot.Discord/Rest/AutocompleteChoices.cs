namespace ChatBot.Discord.Rest;

/// <summary>The data of an autocomplete result: at most <see cref="Max"/> choices.</summary>
internal sealed record AutocompleteChoices(IReadOnlyList<OptionChoice> Choices)
{
    public const int Max = 25;
}
