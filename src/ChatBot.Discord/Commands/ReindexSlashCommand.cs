using System.Globalization;
using ChatBot.Core.Index;
using ChatBot.Core.Ingestion;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Rendering;
using ChatBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Commands;

/// <summary>
/// /reindex [source], for admins only: registered with MANAGE_GUILD as the default permission and checked
/// again here. Shows progress by editing its (ephemeral) response at most once a second.
/// </summary>
internal sealed class ReindexSlashCommand(
    IReindexRequests reindex,
    AdminPolicy admins,
    InteractionResponder responder,
    IDiscordRestClient rest,
    TimeProvider time,
    ILogger<ReindexSlashCommand> logger)
    : IBotCommand
{
    public const string Refusal = "Only members who can manage this server (or have a configured admin role) can run /reindex.";
    public const string Failure = "Sorry, the reindex failed. The bot's log has the details.";
    public static readonly TimeSpan EditInterval = TimeSpan.FromSeconds(1);

    /// <summary>An interaction token lasts 15 minutes; edits stop a little before that.</summary>
    private static readonly TimeSpan UsableTokenLifetime = TimeSpan.FromMinutes(14.5);

    public ApplicationCommand Definition => new(
        "reindex",
        "Re-read the configured sources and update the index (server managers only)",
        [new(ApplicationCommandOptionTypes.String, "source", "Only this configured source", MaxLength: 100)],
        AdminPolicy.RegisteredPermissions,
        CommandContexts.GuildOnly);

    public async Task HandleAsync(Interaction interaction, CancellationToken cancellationToken = default)
    {
        if (!admins.IsAdmin(interaction))
        {
            await responder.RespondNowAsync(interaction, Reply.Text(Refusal, ephemeral: true), cancellationToken);
            return;
        }

        await responder.DeferAsync(interaction, ephemeral: true, cancellationToken);
        var tokenExpires = time.GetUtcNow() + UsableTokenLifetime;
        var source = interaction.StringOption("source")?.Trim() is { Length: > 0 } s ? s : null;
        var progress = new LatestProgress();
        var run = reindex.ReindexAsync(source, progress, cancellationToken);
        var lastEdit = await ShowProgressAsync(interaction, run, progress, tokenExpires, cancellationToken);

        var wait = lastEdit + EditInterval - time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken);
        }

        var summary = await FinalTextAsync(run, source);
        if (time.GetUtcNow() < tokenExpires)
        {
            await Edit(interaction, summary, cancellationToken);
        }
        else if (interaction.ChannelId is { } channel)
        {
            // The interaction token has expired (15 minutes), so the result goes to the channel instead.
            await rest.CreateMessageAsync(channel, new MessageBody(MessageSplitter.Split(summary)[0]), cancellationToken);
        }
    }

    /// <summary>Edits the response with the newest progress, at most once per <see cref="EditInterval"/>, until the run ends.</summary>
    private async Task<DateTimeOffset> ShowProgressAsync(
        Interaction interaction, Task run, LatestProgress progress, DateTimeOffset tokenExpires, CancellationToken cancellationToken)
    {
        var lastEdit = time.GetUtcNow();
        IndexingProgress? shown = null;
        while (!run.IsCompleted)
        {
            using (var tick = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                await Task.WhenAny(run, Task.Delay(EditInterval, time, tick.Token));
                await tick.CancelAsync();
            }

            var now = time.GetUtcNow();
            if (!run.IsCompleted && progress.Latest is { } current && current != shown && now - lastEdit >= EditInterval && now < tokenExpires)
            {
                await Edit(interaction, Progress(current), cancellationToken);
                lastEdit = time.GetUtcNow();
                shown = current;
            }
        }

        return lastEdit;
    }

    private Task Edit(Interaction interaction, string text, CancellationToken cancellationToken) =>
        responder.EditOriginalAsync(interaction, Reply.LongText(text), cancellationToken);

    private async Task<string> FinalTextAsync(Task<IndexingSummary> run, string? source)
    {
        try
        {
            return Summary(await run, source);
        }
        catch (Exception e)
        {
            CommandLog.ReindexFailed(logger, e, source);
            // An unavailable index is said as the CLI and the answers say it; anything else is for the log.
            return FailureReply.TextFor(e, Failure);
        }
    }

    private static string Progress(IndexingProgress p) => string.Create(
        CultureInfo.InvariantCulture,
        $"Reindexing {DiscordText.EscapeInline(p.Source)}: {p.Done}/{p.Total} stories{(p.Failed > 0 ? $", {p.Failed} failed" : "")}…");

    private static string Summary(IndexingSummary s, string? source)
    {
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"Reindexed {(source is null ? "all sources" : DiscordText.EscapeInline(source))} in {s.Elapsed.TotalSeconds:0.#} s: {s.Added} added, {s.Updated} updated, {s.Removed} removed, {s.Unchanged} unchanged.");
        foreach (var failure in s.Failures.Take(10))
        {
            text += $"\n• {DiscordText.EscapeInline(failure.Location)}: {DiscordText.EscapeInline(failure.Reason)}";
        }

        return s.Failures.Count > 10 ? text + $"\n…and {s.Failures.Count - 10} more failures." : text;
    }
}
