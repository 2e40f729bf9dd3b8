using System.Globalization;
using System.Text;
using ChatBot.Core.Index;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Rendering;
using ChatBot.Discord.Rest;

namespace ChatBot.Discord.Commands;

/// <summary>/sources [page]: what is indexed, newest first, a page at a time.</summary>
internal sealed class SourcesSlashCommand(IStoryCatalog catalog, InteractionResponder responder) : IBotCommand
{
    public const int PageSize = 10;
    private const int MaxTitleLength = 90;

    public ApplicationCommand Definition => new(
        "sources",
        "List the stories the bot answers from",
        [new(ApplicationCommandOptionTypes.Integer, "page", "Which page of the list", MinValue: 1)],
        DefaultMemberPermissions: null,
        CommandContexts.Anywhere);

    public Task HandleAsync(Interaction interaction, CancellationToken cancellationToken = default)
    {
        var page = (int)Math.Clamp(interaction.IntegerOption("page") ?? 1, 1, int.MaxValue);
        return responder.RespondAsync(
            interaction,
            async token => Reply.Text(RenderPage(await catalog.ListAsync(token), page)),
            cancellationToken: cancellationToken);
    }

    /// <summary>One page of the listing; pure.</summary>
    public static string RenderPage(IReadOnlyList<StoryListing> stories, int page)
    {
        if (stories.Count == 0)
        {
            return "No stories are indexed yet.";
        }

        var pages = (stories.Count + PageSize - 1) / PageSize;
        page = Math.Min(page, pages);
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"**Indexed stories** ({stories.Count})\n");
        var number = ((page - 1) * PageSize) + 1;
        foreach (var story in stories.Skip((page - 1) * PageSize).Take(PageSize))
        {
            text.Append(CultureInfo.InvariantCulture, $"{number++}\\. {Line(story)}\n");
        }

        if (pages > 1)
        {
            text.Append(CultureInfo.InvariantCulture, $"-# Page {page} of {pages}: use `/sources page:{Math.Min(page + 1, pages)}` for more.");
        }

        return text.ToString().TrimEnd();
    }

    private static string Line(StoryListing story)
    {
        var title = StoryLabel.For(story.Metadata.Title, story.Metadata.Outlet, story.Metadata.Url, story.Source);
        title = title.Length > MaxTitleLength ? title[..(MaxTitleLength - 1)] + "…" : title;
        var details = new[]
        {
            story.Metadata.Outlet,
            story.Metadata.Published?.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
            $"{story.ChunkCount} chunks",
        }.Where(d => d is { Length: > 0 }).Select(d => DiscordText.EscapeInline(d!));
        return $"**{DiscordText.EscapeInline(title)}** — {string.Join(", ", details)}";
    }
}
