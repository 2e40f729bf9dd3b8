using ChatBot.Discord.Interactions;
using ChatBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Commands;

/// <summary>Sends each slash command interaction to its command.</summary>
internal sealed class CommandRouter(IEnumerable<ISlashCommand> commands, InteractionResponder responder, ILogger<CommandRouter> logger)
{
    private readonly Dictionary<string, ISlashCommand> _byName = commands.ToDictionary(c => c.Definition.Name, StringComparer.Ordinal);

    /// <summary>What to register with Discord.</summary>
    public IReadOnlyList<ApplicationCommand> Definitions => [.. _byName.Values.Select(c => c.Definition)];

    public async Task HandleAsync(Interaction interaction, CancellationToken cancellationToken = default)
    {
        if (interaction.Type != Interaction.ApplicationCommandType)
        {
            return; // The bot registers slash commands only; nothing else can be addressed to it.
        }

        if (interaction.CommandName is null || !_byName.TryGetValue(interaction.CommandName, out var command))
        {
            Log.UnknownCommand(logger, interaction.CommandName);
            await responder.RespondNowAsync(interaction, Reply.Text("I don't know that command.", ephemeral: true), cancellationToken);
            return;
        }

        await command.HandleAsync(interaction, cancellationToken);
    }
}
