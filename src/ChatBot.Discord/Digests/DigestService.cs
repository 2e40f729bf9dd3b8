using ChatBot.Discord.Hosting;
using ChatBot.Discord.Rest;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Digests;

/// <summary>
/// Posts each configured digest when it is due. The last due time posted is kept in the <see cref="IDigestLedger"/>,
/// so after a restart a digest already posted is not posted again, and digests that fell due while the bot was down
/// are posted as one that says how many it stands for: none is skipped silently. A failed post stays due and is
/// retried with backoff.
/// </summary>
internal sealed class DigestService(
    IOptions<DiscordOptions> options,
    IDigestLedger ledger,
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<DigestService> logger) : BackgroundService
{
    private static readonly TimeSpan RetryBase = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan RetryMax = TimeSpan.FromMinutes(30);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(options.Value.Digests.Select(d => RunAsync(d, stoppingToken)));

    private async Task RunAsync(DigestOptions digest, CancellationToken cancellationToken)
    {
        if (!DigestSchedule.TryParse(digest.Schedule, out var schedule))
        {
            return; // DiscordOptions validation refuses this at start; nothing to run.
        }

        try
        {
            await ledger.StartAsync(digest.Key, time.GetUtcNow(), cancellationToken);
            var failures = 0;
            while (!cancellationToken.IsCancellationRequested)
            {
                var state = (await ledger.GetAsync(digest.Key, cancellationToken))!;
                var due = schedule.NextAfter(state.LastDue);
                DigestLog.Scheduled(logger, digest.ChannelId, digest.Schedule, due);
                await WaitUntilAsync(due, cancellationToken);
                var missed = 0;
                while (schedule.NextAfter(due) <= time.GetUtcNow())
                {
                    due = schedule.NextAfter(due);
                    missed++;
                }

                failures = await TryPostAsync(digest, state, due, missed, failures, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host is stopping; whatever was not posted is still due at the next start.
        }
    }

    /// <returns>The number of failures in a row: 0 after a post.</returns>
    private async Task<int> TryPostAsync(DigestOptions digest, DigestState state, DateTimeOffset due, int missed, int failures, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DigestPoster>().PostAsync(digest, state, due, missed, cancellationToken);
            DigestLog.Posted(logger, digest.ChannelId, digest.Schedule, due, missed);
            return 0;
        }
        catch (Exception e) when (e is DiscordRestException or HttpRequestException or SqliteException or Core.Index.IndexUnavailableException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            var delay = RetryBase * Math.Pow(2, Math.Min(failures, 10));
            delay = delay < RetryMax ? delay : RetryMax;
            DigestLog.Failed(logger, e, digest.ChannelId, due, delay.TotalSeconds);
            await Task.Delay(delay, time, cancellationToken);
            return failures + 1;
        }
    }

    private async Task WaitUntilAsync(DateTimeOffset due, CancellationToken cancellationToken)
    {
        var wait = due - time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken);
        }
    }
}
