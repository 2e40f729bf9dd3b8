using ChatBot.Discord.Commands;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Hosting;

/// <summary>
/// Registers the bot's commands, and keeps trying with backoff when Discord (or a compatible server) refuses:
/// a refused registration disables the commands only, so mentions, DMs and the indexing worker keep running
/// meanwhile. Each refusal is logged with the response body, which says which field was wrong.
/// </summary>
internal sealed class CommandRegistrar(
    IDiscordRestClient rest,
    IServiceScopeFactory scopes,
    BotIdentity identity,
    RegistrationTimings timings,
    TimeProvider time,
    IOptions<DiscordOptions> options,
    ILogger<CommandRegistrar> logger)
{
    public async Task RegisterAsync(CancellationToken cancellationToken = default)
    {
        var guildId = options.Value.DevelopmentGuildId;
        var scope = guildId is null ? "globally" : "to the development guild";
        IReadOnlyList<ApplicationCommand> commands;
        await using (var services = scopes.CreateAsyncScope())
        {
            commands = services.ServiceProvider.GetRequiredService<CommandRouter>().Definitions;
        }

        for (var failures = 1; ; failures++)
        {
            try
            {
                await rest.OverwriteCommandsAsync(identity.ApplicationId!, guildId, commands, cancellationToken);
                HostingLog.CommandsRegistered(logger, commands.Count, scope);
                return;
            }
            catch (Exception e) when (e is DiscordRestException or HttpRequestException && !cancellationToken.IsCancellationRequested)
            {
                var delay = timings.DelayAfter(failures);
                HostingLog.RegistrationFailed(logger, e.Message, delay.TotalSeconds);
                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }
}
