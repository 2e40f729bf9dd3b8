using System.CommandLine;
using System.Globalization;
using ChatBot.Core.Answering;
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
            var index = host.Services.GetRequiredService<IStoryIndex>();
            var table = new ConsoleTable("Outlet", "Title", "Date", "Says it is", "Chunks", "Id");
            foreach (var story in stories)
            {
                var m = story.Metadata;
                table.AddRow(
                    m.Outlet ?? "—",
                    m.Title ?? "—",
                    m.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—",
                    await SelfDescriptionAsync(index, story.StoryId, cancellationToken),
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

    /// <summary>What the story's own text says it is ("AI-generated", "opinion", "analysis"), or a dash.</summary>
    private static async Task<string> SelfDescriptionAsync(IStoryIndex index, string storyId, CancellationToken cancellationToken)
    {
        if (await index.GetStoryAsync(storyId, cancellationToken) is not { } stored) return "—";
        var said = new[] { StorySelfDescription.AiGenerated(stored.Text) == true ? "AI-generated" : null, StorySelfDescription.Label(stored.Text) }.OfType<string>().ToList();
        return said.Count == 0 ? "—" : string.Join(", ", said);
    }
}
