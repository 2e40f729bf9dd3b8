using System.Globalization;
using ChatBot.Core.Answering;
using ChatBot.Core.Disagreements;

namespace ChatBot.Discord.Rendering;

/// <summary>
/// Turns an <see cref="Answer"/> into Discord messages: the answer text, its citations (title linked, outlet,
/// date, quote), then where the sources disagree. Pure: the same answer always gives the same messages.
/// </summary>
internal static class AnswerRenderer
{
    /// <summary>Longer quotes are shortened at a word end with an ellipsis so a citation always fits one message.</summary>
    public const int MaxQuoteLength = 700;

    public const string SourcesHeading = "**Sources**";
    public const string DisagreementsHeading = "**Where the sources disagree**";

    public static IReadOnlyList<string> Render(Answer answer, int limit = MessageSplitter.MessageLimit) =>
        MessageSplitter.Pack(Blocks(answer), limit);

    public static IEnumerable<string> Blocks(Answer answer)
    {
        foreach (var paragraph in answer.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return DiscordText.Escape(paragraph);
        }

        foreach (var notice in answer.Notices ?? [])
        {
            yield return "-# " + DiscordText.EscapeInline(notice);
        }

        var heading = SourcesHeading + "\n";
        foreach (var citation in answer.Citations.OrderBy(c => c.Number))
        {
            yield return heading + Citation(citation);
            heading = "";
        }

        heading = DisagreementsHeading + "\n";
        foreach (var disagreement in answer.Disagreements)
        {
            yield return heading + Disagreement(disagreement);
            heading = "";
        }
    }

    private static string Citation(Citation citation)
    {
        var title = DiscordText.EscapeInline(citation.Title ?? citation.SourceId);
        var linked = Link.Safe(citation.Url) is { } url ? $"[{title}](<{url}>)" : title;
        var byline = Byline(citation.Outlet, citation.Published);
        return $"**[{citation.Number}]** {linked}{byline}\n{BlockQuote(citation.Quote)}";
    }

    private static string Disagreement(Disagreement disagreement)
    {
        var lines = new List<string> { $"__{DiscordText.EscapeInline(disagreement.Topic)}__" };
        if (disagreement.Note is { Length: > 0 } note)
        {
            lines.Add("-# " + DiscordText.EscapeInline(note));
        }

        foreach (var claim in disagreement.Claims)
        {
            var outlet = DiscordText.EscapeInline(claim.Outlet ?? claim.Title ?? claim.SourceId);
            var value = DiscordText.EscapeInline(claim.Qualifier is { Length: > 0 } q ? $"{q} {claim.Value}" : claim.Value);
            var date = claim.Published is { } published ? $" ({Date(published)})" : "";
            lines.Add($"• **{outlet}**{date}: {value}");
            lines.Add(BlockQuote(claim.Quote));
        }

        return string.Join('\n', lines);
    }

    private static string Byline(string? outlet, DateTimeOffset? published)
    {
        var parts = new[] { outlet is { Length: > 0 } ? DiscordText.EscapeInline(outlet) : null, published is { } p ? Date(p) : null }
            .Where(p => p is not null);
        var text = string.Join(", ", parts);
        return text.Length > 0 ? " — " + text : "";
    }

    private static string Date(DateTimeOffset value) => value.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static string BlockQuote(string quote)
    {
        var text = quote.Trim();
        if (text.Length > MaxQuoteLength)
        {
            var cut = text.LastIndexOf(' ', MaxQuoteLength - 1);
            text = text[..(cut > MaxQuoteLength / 2 ? cut : MaxQuoteLength - 1)] + "…";
        }

        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        return string.Join('\n', lines.Select(l => "> " + DiscordText.Escape(l)));
    }
}
