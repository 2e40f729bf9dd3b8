using ChatBot.Core.Ingestion;
using Spectre.Console;

namespace ChatBot.Commands;

/// <summary>Shows indexing in the terminal: a progress bar while it runs, then what changed and what failed.</summary>
internal static class IndexingConsole
{
    public static async Task<IndexingSummary> RunWithProgressAsync(Func<IProgress<IndexingProgress>, Task<IndexingSummary>> run)
    {
        if (Console.IsErrorRedirected || Console.IsOutputRedirected)
        {
            return await run(new SynchronousProgress<IndexingProgress>(_ => { }));
        }

        IndexingSummary? summary = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Indexing", maxValue: 1);
                summary = await run(new SynchronousProgress<IndexingProgress>(p =>
                {
                    task.Description = $"Indexing {Markup.Escape(p.Source)} ({p.Done}/{p.Total})";
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                }));
                task.Value = task.MaxValue;
            });
        return summary!;
    }

    public static void PrintSummary(IndexingSummary summary, TextWriter output)
    {
        output.WriteLine($"Indexed in {summary.Elapsed.TotalSeconds:0.00} s: {summary.Added} added, {summary.Updated} updated, {summary.Removed} removed, {summary.Unchanged} unchanged, {summary.Failures.Count} failed.");
        foreach (var failure in summary.Failures)
        {
            output.WriteLine($"  failed: {failure.Location}: {failure.Reason}");
        }
    }
}
