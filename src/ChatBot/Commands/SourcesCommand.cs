using System.CommandLine;
using ChatBot.Core.Index;
using ChatBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

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
            using var host = ChatBotHost.CreateBuilder(CommonOptions.Overrides(parse, database)).Build();
            await host.Services.GetRequiredService<IStoryIndex>().InitializeAsync(cancellationToken);
            var stories = await host.Services.GetRequiredService<IStoryCatalog>().ListAsync(cancellationToken);
            var table = new Table().AddColumns("Outlet", "Title", "Date", "Chunks", "Id");
            foreach (var story in stories)
            {
                var m = story.Metadata;
                table.AddRow(
                    Markup.Escape(m.Outlet ?? "—"),
                    Markup.Escape(m.Title ?? "—"),
                    m.Published?.ToString("yyyy-MM-dd") ?? "—",
                    story.ChunkCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Markup.Escape(story.StoryId));
            }

            AnsiConsole.Write(table);
            Console.Out.WriteLine($"{stories.Count} stories.");
            await SourceStatusTable.WriteAsync(host.Services, cancellationToken);
            return 0;
        }));
        return command;
    }
}
