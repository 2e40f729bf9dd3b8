using System.Globalization;
using ChatBot.Hosting;
using ChatBot.Worker;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ChatBot.Commands;

/// <summary>The configured sources with their last run, counts and last error, as <c>sources</c> prints them.</summary>
internal static class SourceStatusTable
{
    public static async Task WriteAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var statuses = (await services.GetRequiredService<ISourceStatusStore>().ListAsync(cancellationToken))
            .ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        var table = new Table().AddColumns("Source", "Type", "Where", "Every", "Last run", "Added", "Updated", "Removed", "Unchanged", "Failed", "Last error");
        foreach (var source in services.GetRequiredService<SourceFactory>().Configured)
        {
            statuses.TryGetValue(source.Name, out var status);
            table.AddRow(
                Markup.Escape(source.Name),
                Markup.Escape(source.Type),
                Markup.Escape(source.Path ?? source.Url ?? "—"),
                source.Interval.ToString("c", CultureInfo.InvariantCulture),
                status is null ? "never" : status.LastRunStarted.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                Count(status?.Added), Count(status?.Updated), Count(status?.Removed), Count(status?.Unchanged), Count(status?.Failed),
                Markup.Escape(status?.LastError ?? "—"));
        }

        AnsiConsole.Write(table);
    }

    private static string Count(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "—";
}
