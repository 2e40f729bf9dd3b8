using ChatBot.Core.Disagreements;
using ChatBot.Discord.Rest;

namespace ChatBot.Discord.Rendering;

/// <summary>One disagreement as an embed: the topic as title, then one inline field per side (outlet, value, quote).</summary>
internal static class DisagreementEmbed
{
    public static Embed Create(Disagreement disagreement)
    {
        var relation = Relation(disagreement);
        var description = disagreement.Note is { Length: > 0 } n ? relation + "\n" + Truncate(DiscordText.Escape(n), 1000) : relation;
        var fields = disagreement.Claims.Take(EmbedLimits.Fields).Select(Field).ToList();
        return new Embed(Truncate(DiscordText.Plain(disagreement.Topic), EmbedLimits.Title), description, fields);
    }

    /// <summary>What kind of disagreement it is, in words: the typed relation of issue 11.</summary>
    private static string Relation(Disagreement disagreement) =>
        disagreement.Kind == DisagreementKinds.Stance ? "One story refutes what another states."
        : disagreement.Relation == DisagreementRelations.Compatible ? "Different figures that can both hold."
        : "Conflicting figures: both cannot be true.";

    private static EmbedField Field(DisagreementClaim claim)
    {
        var outlet = claim.Outlet is { Length: > 0 } o ? o : StoryLabel.For(claim.Title, null, null, claim.DisplayName);
        var name = claim.Published is { } published ? $"{outlet} ({AnswerRenderer.Date(published)})" : outlet;
        var value = claim.Qualifier is { Length: > 0 } qualifier ? $"{qualifier} {claim.Value}" : claim.Value;
        var header = $"**{DiscordText.EscapeInline(Truncate(value, 200))}**\n";
        var quote = AnswerRenderer.BlockQuote(claim.Quote, EmbedLimits.FieldValue - header.Length);
        return new EmbedField(Truncate(DiscordText.Plain(name), EmbedLimits.FieldName), header + quote, Inline: true);
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
