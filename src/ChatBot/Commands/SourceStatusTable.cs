using System.Globalization;
using ChatBot.Hosting;
using ChatBot.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Commands;

/// <summary>The configured sources with their last run, counts and last error, as <c>sources</c> prints them.</summary>
internal static class SourceStatusTable
{
    public static async Task WriteAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var statuses = (await services.GetRequiredService<ISourceStatusStore>().ListAsync(cancellationToken))
            .ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        var table = new ConsoleTable("Source", "Where", "Last run", "Added/updated/removed/unchanged/failed", "Last error");
        foreach (var source in services.GetRequiredService<SourceFactory>().Configured)
        {
            statuses.TryGetValue(source.Name, out var status);
            table.AddRow(
                $"{source.Name} ({source.Type}, every {source.Interval.ToString("c", CultureInfo.InvariantCulture)})",
                source.Path ?? source.Url ?? "",
                status is null ? "never" : status.LastRunStarted.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture),
                status is null ? "—" : string.Create(CultureInfo.InvariantCulture, $"{status.Added}/{status.Updated}/{status.Removed}/{status.Unchanged}/{status.Failed}"),
                status?.LastError ?? "—");
        }

        table.Write(Console.Out, Console.IsOutputRedirected);
    }
}
