using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Feedback;

/// <summary>
/// Writes the answers kept for feedback one at a time, off the answer's path: SQLite calls block their thread and
/// concurrent writers wait on the file lock, which under a burst of questions would push answers past Discord's
/// immediate window. A vote on an answer still queued waits for its write (<see cref="WhenKeptAsync"/>).
/// </summary>
internal sealed class FeedbackAnswerWriter(IFeedbackStore store, ILogger<FeedbackAnswerWriter> logger) : BackgroundService
{
    private readonly Channel<FeedbackAnswer> _queue = Channel.CreateUnbounded<FeedbackAnswer>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _pending = new(StringComparer.Ordinal);

    public void Enqueue(FeedbackAnswer answer)
    {
        _pending.TryAdd(answer.AnswerId, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(answer) && _pending.TryRemove(answer.AnswerId, out var refused))
        {
            FeedbackLog.AnswerNotKept(logger, new InvalidOperationException("the bot is stopping"), answer.AnswerId);
            refused.TrySetResult();
        }
    }

    /// <summary>Completes once the answer is written (or failed to be), at once when it is not queued.</summary>
    public Task WhenKeptAsync(string answerId, CancellationToken cancellationToken = default) =>
        _pending.TryGetValue(answerId, out var written) ? written.Task.WaitAsync(cancellationToken) : Task.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Stopping completes the queue and writes what is in it: an answer already sent keeps its buttons working.
        await using var stop = stoppingToken.Register(() => _queue.Writer.TryComplete());
        await foreach (var answer in _queue.Reader.ReadAllAsync(CancellationToken.None))
        {
            try
            {
                await store.RecordAnswerAsync(answer, CancellationToken.None);
                FeedbackLog.AnswerKept(logger, answer.AnswerId);
            }
            catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
            {
                FeedbackLog.AnswerNotKept(logger, e, answer.AnswerId);
            }
            finally
            {
                if (_pending.TryRemove(answer.AnswerId, out var written))
                {
                    written.TrySetResult();
                }
            }
        }
    }
}
