namespace ChatBot.Discord.Rest;

/// <summary>An action row (component type 1): up to five buttons side by side under a message.</summary>
internal sealed record ActionRow(IReadOnlyList<Button> Components)
{
    public int Type => ComponentTypes.ActionRow;
}
