using Microsoft.Extensions.Logging.Testing;

namespace ChatBot.Testing;

/// <summary>What a <see cref="FakeLogCollector"/> holds, as one line per record, and a way to wait for a line.</summary>
public static class LogLines
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    /// <summary>Each record as "level category: message exception", for asserting what was and was not logged.</summary>
    public static IReadOnlyList<string> Lines(this FakeLogCollector logs) =>
        logs.GetSnapshot().Select(r => $"{r.Level} {r.Category}: {r.Message} {r.Exception}").ToList();

    /// <summary>All lines as one text.</summary>
    public static string AllText(this FakeLogCollector logs) => string.Join("\n", logs.Lines());

    /// <summary>Waits for a line matching <paramref name="predicate"/>.</summary>
    public static async Task<string> WaitForLineAsync(this FakeLogCollector logs, Func<string, bool> predicate, TimeSpan? timeout = null, string? what = null) =>
        (await logs.WaitForLinesAsync(predicate, 1, timeout, what))[0];

    /// <summary>
    /// Waits for <paramref name="count"/> lines matching <paramref name="predicate"/>. The collector's own stream
    /// (GetLogsAsync) starts at the moment it is asked, so a line logged just before would be missed: this looks
    /// at the snapshot instead, every few milliseconds.
    /// </summary>
    public static async Task<IReadOnlyList<string>> WaitForLinesAsync(this FakeLogCollector logs, Func<string, bool> predicate, int count, TimeSpan? timeout = null, string? what = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? DefaultTimeout);
        while (true)
        {
            var matches = logs.Lines().Where(predicate).ToList();
            if (matches.Count >= count) return matches;
            try
            {
                await Task.Delay(10, cancel.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Timed out waiting for {count} × {what ?? "log line"}; have: {string.Join(", ", logs.Lines().TakeLast(20))}");
            }
        }
    }
}
