using System.CommandLine;
using ChatBot.Core.Ingestion;
using ChatBot.Hosting;
using ChatBot.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Commands;

/// <summary>
/// <c>reindex [source]</c>: queues a reindex with the running <c>serve</c> (over its loopback listener, so it
/// never runs beside the worker's own) and shows its progress; indexes here when no serve is running.
/// </summary>
internal static class ReindexCommand
{
    public static Command Create()
    {
        var source = new Argument<string?>("source") { Description = "A configured source's Name; all sources when omitted.", Arity = ArgumentArity.ZeroOrOne };
        var database = CommonOptions.Database();
        var command = new Command("reindex", "Reindex the configured sources through the running serve's queue (or here when serve is not running).") { source, database };
        command.SetAction((parse, cancellationToken) => CommandErrors.GuardAsync(async () =>
        {
            using var host = ChatBotHost.CreateBuilder(CommonOptions.Overrides(parse, database)).BuildValidated();
            var port = host.Services.GetRequiredService<IOptions<WorkerOptions>>().Value.HealthPort;
            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            var name = parse.GetValue(source);
            // Said here, before a running serve is asked: its configuration is this one.
            var sources = host.Services.GetRequiredService<SourceFactory>();
            if (name is not null && sources.Named(name) is null) throw new UsageException(sources.UnknownSourceMessage(name));
            var summary = await IndexingConsole.RunWithProgressAsync(async progress =>
            {
                try
                {
                    return await new ReindexClient(http, port).ReindexAsync(name, progress, cancellationToken);
                }
                catch (HttpRequestException)
                {
                    // No serve on the port: nothing else is indexing, so run here.
                    return await host.Services.GetRequiredService<IndexingRunner>().ReindexAsync(name, progress, cancellationToken);
                }
            });
            IndexingConsole.PrintSummary(summary, Console.Out);
            return summary.HasFailures ? CommandErrors.Failed : 0;
        }));
        return command;
    }
}
