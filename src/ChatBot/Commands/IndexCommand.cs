using System.CommandLine;
using ChatBot.Hosting;

namespace ChatBot.Commands;

/// <summary><c>index [--source DIR]</c>: incremental indexing with a progress bar and a summary; exit code 1 when any story failed.</summary>
internal static class IndexCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var source = CommonOptions.SourceFolder();
        var command = new Command("index", "Index the configured sources (or one folder): unchanged stories are skipped, changed ones replaced, removed ones deleted.") { database, source };
        command.SetAction((parse, cancellationToken) => CommandErrors.GuardAsync(async () =>
        {
            var folder = CommonOptions.Folder(parse, source);
            using var host = ChatBotHost.CreateBuilder(CommonOptions.Overrides(parse, database)).BuildValidated();
            var summary = await IndexingConsole.RunWithProgressAsync(progress => IndexRefresh.RunAsync(host.Services, folder, cancellationToken, progress));
            IndexingConsole.PrintSummary(summary, Console.Out);
            return summary.HasFailures ? CommandErrors.Failed : 0;
        }));
        return command;
    }
}
