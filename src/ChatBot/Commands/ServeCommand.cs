using System.CommandLine;
using ChatBot.Discord.Hosting;
using ChatBot.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

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
            using var host = builder.BuildValidated();
            await host.RunAsync(cancellationToken);
            return Environment.ExitCode;
        }));
        return command;
    }
}
