using System.Globalization;
using ChatBot.Core.Index;
using ChatBot.Discord.Rendering;

namespace ChatBot.Discord.Digests;

/// <summary>
/// A digest as Discord messages: a heading, then where the sources disagree (embeds, first), then the summary and
/// links to the new stories. Pure.
/// </summary>
internal static class DigestRenderer
{
    public const string StoriesHeading = "**New stories**";

    public static IReadOnlyList<RenderedMessage> Render(DigestContent digest)
    {
        var subject = digest.Topic is { Length: > 0 } topic ? DiscordText.EscapeInline(topic) : "the news";
        var since = digest.Since.ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var heading = digest.NewStories.Count == 0
            ? $"**Digest: {subject}**: no new stories since {since}."
            : $"**Digest: {subject}**: {digest.NewStories.Count} new {(digest.NewStories.Count == 1 ? "story" : "stories")} since {since}.";
        var lead = new List<string> { heading };
        if (digest.Missed > 0)
        {
            lead.Add($"-# This digest also stands for {digest.Missed} earlier scheduled {(digest.Missed == 1 ? "digest" : "digests")} missed while the bot was offline.");
        }

        if (digest.Summary is not { } summary)
        {
            return [.. MessageSplitter.Pack(lead).Select(RenderedMessage.Text)];
        }

        var rest = AnswerRenderer.LeadBlocks(summary).Append(Links(digest.NewStories));
        if (summary.Disagreements.Count == 0)
        {
            return [.. MessageSplitter.Pack(lead.Concat(rest)).Select(RenderedMessage.Text)];
        }

        var first = EmbedPacker.Attach(
            MessageSplitter.Pack(lead.Append(AnswerRenderer.DisagreementsHeading)),
            [.. summary.Disagreements.Select(DisagreementEmbed.Create)]);
        return [.. first, .. MessageSplitter.Pack(rest).Select(RenderedMessage.Text)];
    }

    /// <summary>One block, a line a story, so the list stays together (it is split at line ends only when too long).</summary>
    private static string Links(IReadOnlyList<StoryListing> stories) =>
        StoriesHeading + "\n" + string.Join("\n", stories.Select(Line));

    private static string Line(StoryListing story)
    {
        var m = story.Metadata;
        var label = DiscordText.EscapeInline(StoryLabel.For(m.Title, m.Outlet, m.Url, story.Source));
        var linked = Link.Safe(m.Url) is { } url ? $"[{label}](<{url}>)" : label;
        var byline = string.Join(", ", new[] { m.Outlet is { Length: > 0 } o ? DiscordText.EscapeInline(o) : null, m.Published is { } p ? AnswerRenderer.Date(p) : null }.Where(x => x is not null));
        return "• " + linked + (byline.Length > 0 ? " — " + byline : "");
    }
}
