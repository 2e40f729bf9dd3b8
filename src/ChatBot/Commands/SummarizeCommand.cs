using System.CommandLine;
using ChatBot.Core.Answering;
using ChatBot.Core.Index;
using ChatBot.Core.Ingestion;
using ChatBot.Hosting;
using ChatBot.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Commands;

/// <summary><c>summarize [topic] [--source ID] [--since DATE]</c>: what happened, then where outlets disagree, cited.</summary>
internal static class SummarizeCommand
{
    public static Command Create()
    {
        var topic = new Argument<string?>("topic") { Description = "What to summarise; everything when omitted.", Arity = ArgumentArity.ZeroOrOne };
        var source = new Option<string?>("--source") { Description = "Only this story id or outlet." };
        var since = new Option<string?>("--since") { Description = "Only stories published on or after this date (e.g. 2026-05-01)." };
        var json = new Option<bool>("--json") { Description = "Print the structured answer as JSON." };
        var noRefresh = CommonOptions.NoRefresh();
        var database = CommonOptions.Database();
        var command = new Command("summarize", "Summarise the coverage of a topic.") { topic, source, since, json, noRefresh, database };
        command.SetAction((parse, cancellationToken) => CommandErrors.GuardAsync(async () =>
        {
            DateTimeOffset? sinceDate = null;
            if (parse.GetValue(since) is { } text)
            {
                sinceDate = DateParsing.Parse(text) ?? throw new UsageException($"--since {text} is not a date: write it like 2026-05-01.");
            }

            var refresh = !parse.GetValue(noRefresh);
            using var host = ChatBotHost.CreateBuilder(CommonOptions.Overrides(parse, database), indexAccess: refresh ? IndexAccess.ReadWrite : IndexAccess.ReadOnly).BuildValidated();
            await host.Services.GetRequiredService<IStoryIndex>().InitializeAsync(cancellationToken);
            if (refresh) await IndexRefresh.BeforeAnswerAsync(host.Services, null, cancellationToken);
            var answer = await host.Services.GetRequiredService<IAnswerService>()
                .SummarizeAsync(new SummaryRequest(parse.GetValue(topic), parse.GetValue(source), sinceDate), cancellationToken);
            Console.Out.Write(parse.GetValue(json) ? AnswerJson.Serialize(answer) + "\n" : TerminalAnswerRenderer.Render(answer));
            return 0;
        }));
        return command;
    }
}
