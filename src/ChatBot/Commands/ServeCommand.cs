using System.CommandLine;
using ChatBot.Configuration;
using ChatBot.Core.Index;
using ChatBot.Discord.Digests;
using ChatBot.Discord.Feedback;
using ChatBot.Discord.Hosting;
using ChatBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Commands;

/// <summary><c>serve</c>: the long-running process: the indexing worker and the Discord bot in the generic host.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var command = new Command("serve", "Run the Discord bot and the indexing worker until stopped.") { database };
        command.SetAction((parse, cancellationToken) => CommandErrors.GuardAsync(async () =>
        {
            var builder = ChatBotHost.CreateBuilder(CommonOptions.Overrides(parse, database), LogLevel.Information, longRunning: true);
            builder.Services.AddServeComponents();
            builder.Services.AddDiscordBot(builder.Configuration);
            // The bot's own state (feedback votes, digests posted) lives beside the index, in its SQLite file.
            builder.Services.AddSingleton<IFeedbackStore>(sp => new SqliteFeedbackStore(sp.GetRequiredService<IOptions<IndexOptions>>().Value.SqlitePath));
            builder.Services.AddSingleton<IDigestLedger>(sp => new SqliteDigestLedger(sp.GetRequiredService<IOptions<IndexOptions>>().Value.SqlitePath));
            using var host = builder.BuildValidated();
            // An index that cannot be opened at start-up ends serve as it ends every verb: its sentence, exit 3,
            // rather than a bot that answers every question and reindex with "unavailable".
            await host.Services.GetRequiredService<IStoryIndex>().InitializeAsync(cancellationToken);
            await host.RunAsync(cancellationToken);
            return Environment.ExitCode;
        }));
        return command;
    }
}
