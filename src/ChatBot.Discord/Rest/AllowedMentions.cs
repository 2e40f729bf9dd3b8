namespace ChatBot.Discord.Rest;

/// <summary>Which mentions in a message may ping. The bot always sends <c>{"parse": []}</c>: nobody.</summary>
internal sealed record AllowedMentions(IReadOnlyList<string> Parse)
{
    public static AllowedMentions None { get; } = new([]);
}
