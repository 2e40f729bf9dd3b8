namespace ChatBot.Discord.Rest;

/// <summary>A non-link button (component type 2): clicking it sends a MESSAGE_COMPONENT interaction with <see cref="CustomId"/>.</summary>
internal sealed record Button(int Style, string Label, string CustomId)
{
    public int Type => ComponentTypes.Button;
}
