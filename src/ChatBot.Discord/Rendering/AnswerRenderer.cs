using System.Globalization;
using ChatBot.Core.Answering;
using ChatBot.Discord.Rest;

namespace ChatBot.Discord.Rendering;

/// <summary>
/// Turns an <see cref="Answer"/> into Discord messages. The first screen is the answer and, when the stories
/// disagree, "Where the sources disagree" as embeds whose fields put each side's outlet, value and quote side by
/// side; the citations (title linked, outlet, date, quote) follow, in messages of their own when there are
/// embeds (a message shows its embeds below all its content, so sharing one would put them after the sources).
/// Each disagreement is shown once, as its embed (Core's answer text carries only the sides' quotes); a summary's
/// text states them itself, first, and gets no embeds. Pure: the same answer always gives the same messages.
/// </summary>
internal static class AnswerRenderer
{
    /// <summary>Longer quotes are shortened at a word end with an ellipsis so a citation always fits one message.</summary>
    public const int MaxQuoteLength = 700;

    public const string SourcesHeading = "**Sources**";
    public const string DisagreementsHeading = "**Where the sources disagree**";

    /// <param name="preface">A line said first, in small print: what a follow-up carried over, or the claim being checked.</param>
    public static IReadOnlyList<RenderedMessage> Render(Answer answer, int limit = MessageSplitter.MessageLimit, string? preface = null)
    {
        var lead = LeadBlocks(answer);
        if (preface is { Length: > 0 })
        {
            lead = lead.Prepend("-# " + DiscordText.EscapeInline(Shorten(preface, 200)));
        }

        // A summary's text leads with its disagreements, in words; embeds after it would state them twice.
        if (answer.Disagreements.Count == 0 || answer.Summary is not null)
        {
            return [.. MessageSplitter.Pack(lead.Concat(SourceBlocks(answer)), limit).Select(RenderedMessage.Text)];
        }

        var withEmbeds = EmbedPacker.Attach(
            MessageSplitter.Pack(lead.Append(DisagreementsHeading), limit),
            [.. answer.Disagreements.Select(DisagreementEmbed.Create)]);
        return [.. withEmbeds, .. MessageSplitter.Pack(SourceBlocks(answer), limit).Select(RenderedMessage.Text)];
    }

    /// <summary>What comes before the disagreements and the sources: the answer and how it was made.</summary>
    public static IEnumerable<string> LeadBlocks(Answer answer)
    {
        var text = answer.Text;
        if (answer.ShortAnswer is { } phrase && text.StartsWith($"**{phrase.Text}**", StringComparison.Ordinal))
        {
            // The short answer is bold in Discord too; story text inside it is escaped like any other.
            yield return $"**{DiscordText.EscapeInline(phrase.Text)}** {string.Concat(phrase.Citations.Select(n => $"[{n}]"))}";
            text = text[(text.IndexOf('\n') is var end and >= 0 ? end + 1 : text.Length)..];
        }

        foreach (var paragraph in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return DiscordText.Escape(paragraph);
        }

        foreach (var notice in answer.Notices ?? [])
        {
            yield return "-# " + DiscordText.EscapeInline(notice);
        }
    }

    /// <summary>The numbered citations under their heading.</summary>
    public static IEnumerable<string> SourceBlocks(Answer answer)
    {
        var heading = SourcesHeading + "\n";
        foreach (var citation in answer.Citations.OrderBy(c => c.Number))
        {
            yield return heading + Citation(citation);
            heading = "";
        }
    }

    /// <summary>A quote as a block quote, escaped, shortened until it fits <paramref name="maxLength"/>.</summary>
    public static string BlockQuote(string quote, int maxLength = int.MaxValue)
    {
        var cap = MaxQuoteLength;
        while (true)
        {
            var rendered = BlockQuoteOf(Shorten(quote.Trim(), cap));
            if (rendered.Length <= maxLength || cap <= 20)
            {
                return rendered.Length <= maxLength ? rendered : rendered[..maxLength];
            }

            cap = cap * 3 / 4;
        }
    }

    public static string Date(DateTimeOffset value) => value.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static string Citation(Citation citation)
    {
        var title = DiscordText.EscapeInline(StoryLabel.For(citation.Title, citation.Outlet, citation.Url, citation.DisplayName));
        var linked = Link.Safe(citation.Url) is { } url ? $"[{title}](<{url}>)" : title;
        var byline = Byline(citation.Outlet, citation.Published);
        return $"**[{citation.Number}]** {linked}{byline}\n{BlockQuote(citation.Quote)}";
    }

    private static string Byline(string? outlet, DateTimeOffset? published)
    {
        var parts = new[] { outlet is { Length: > 0 } ? DiscordText.EscapeInline(outlet) : null, published is { } p ? Date(p) : null }
            .Where(p => p is not null);
        var text = string.Join(", ", parts);
        return text.Length > 0 ? " — " + text : "";
    }

    private static string Shorten(string text, int cap)
    {
        if (text.Length <= cap)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', cap - 1);
        return text[..(cut > cap / 2 ? cut : cap - 1)] + "…";
    }

    private static string BlockQuoteOf(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        return string.Join('\n', lines.Select(l => "> " + DiscordText.Escape(l)));
    }
}
