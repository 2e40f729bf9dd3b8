using System.CommandLine;
using System.Globalization;
using ChatBot.Core.Index;
using ChatBot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Commands;

/// <summary><c>sources</c>: what is indexed, as a table of outlet, title, date and chunks; then each source's last run.</summary>
internal static class SourcesCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var command = new Command("sources", "List the indexed stories.") { database };
        command.SetAction((parse, cancellationToken) => CommandErrors.GuardAsync(async () =>
        {
            // Only reads: works on an index on a read-only disk.
            using var host = ChatBotHost.CreateBuilder(CommonOptions.Overrides(parse, database), indexAccess: IndexAccess.ReadOnly).BuildValidated();
            await host.Services.GetRequiredService<IStoryIndex>().InitializeAsync(cancellationToken);
            var stories = await host.Services.GetRequiredService<IStoryCatalog>().ListAsync(cancellationToken);
            var table = new ConsoleTable("Outlet", "Title", "Date", "Chunks", "Id");
            foreach (var story in stories)
            {
                var m = story.Metadata;
                table.AddRow(
                    m.Outlet ?? "—",
                    m.Title ?? "—",
                    m.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—",
                    story.ChunkCount.ToString(CultureInfo.InvariantCulture),
                    story.StoryId);
            }

            table.Write(Console.Out, Console.IsOutputRedirected);
            Console.Out.WriteLine($"{stories.Count} stories.");
            await SourceStatusTable.WriteAsync(host.Services, cancellationToken);
            return 0;
        }));
        return command;
    }
}
