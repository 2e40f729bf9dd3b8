using ChatBot.Discord.Rest;

namespace ChatBot.Discord.Rendering;

/// <summary>
/// Attaches embeds to the last content message, and puts any that do not fit (10 embeds and 6,000 characters a
/// message) in further messages of their own.
/// </summary>
internal static class EmbedPacker
{
    public static IReadOnlyList<RenderedMessage> Attach(IReadOnlyList<string> contents, IReadOnlyList<Embed> embeds)
    {
        var messages = contents.Select(RenderedMessage.Text).ToList();
        var groups = Group(embeds);
        for (var i = 0; i < groups.Count; i++)
        {
            if (i == 0 && messages.Count > 0)
            {
                messages[^1] = messages[^1] with { Embeds = groups[0] };
            }
            else
            {
                messages.Add(new RenderedMessage("", groups[i]));
            }
        }

        return messages;
    }

    private static List<IReadOnlyList<Embed>> Group(IReadOnlyList<Embed> embeds)
    {
        var groups = new List<IReadOnlyList<Embed>>();
        var current = new List<Embed>();
        var length = 0;
        foreach (var embed in embeds)
        {
            if (current.Count > 0 && (current.Count == EmbedLimits.EmbedsPerMessage || length + embed.CharacterCount() > EmbedLimits.TotalPerMessage))
            {
                groups.Add(current);
                current = [];
                length = 0;
            }

            current.Add(embed);
            length += embed.CharacterCount();
        }

        if (current.Count > 0)
        {
            groups.Add(current);
        }

        return groups;
    }
}
