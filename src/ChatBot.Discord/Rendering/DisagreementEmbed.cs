using ChatBot.Core.Disagreements;
using ChatBot.Discord.Rest;

namespace ChatBot.Discord.Rendering;

/// <summary>One disagreement as an embed: the topic as title, then one inline field per side (outlet, value, quote).</summary>
internal static class DisagreementEmbed
{
    public static Embed Create(Disagreement disagreement)
    {
        var note = disagreement.Note is { Length: > 0 } n ? Truncate(DiscordText.Escape(n), 1000) : null;
        var fields = disagreement.Claims.Take(EmbedLimits.Fields).Select(Field).ToList();
        return new Embed(Truncate(DiscordText.Plain(disagreement.Topic), EmbedLimits.Title), note, fields);
    }

    private static EmbedField Field(DisagreementClaim claim)
    {
        var outlet = claim.Outlet is { Length: > 0 } o ? o : StoryLabel.For(claim.Title, null, null);
        var name = claim.Published is { } published ? $"{outlet} ({AnswerRenderer.Date(published)})" : outlet;
        var value = claim.Qualifier is { Length: > 0 } qualifier ? $"{qualifier} {claim.Value}" : claim.Value;
        var header = $"**{DiscordText.EscapeInline(Truncate(value, 200))}**\n";
        var quote = AnswerRenderer.BlockQuote(claim.Quote, EmbedLimits.FieldValue - header.Length);
        return new EmbedField(Truncate(DiscordText.Plain(name), EmbedLimits.FieldName), header + quote, Inline: true);
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
