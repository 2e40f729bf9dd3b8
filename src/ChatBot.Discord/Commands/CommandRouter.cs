using ChatBot.Discord.Interactions;
using ChatBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Commands;

/// <summary>Sends each application command to its command, each button click to the feedback buttons and each autocomplete to the outlets.</summary>
internal sealed class CommandRouter(
    IEnumerable<IBotCommand> commands,
    FeedbackButtonHandler buttons,
    OutletAutocomplete outlets,
    InteractionResponder responder,
    ILogger<CommandRouter> logger)
{
    private readonly Dictionary<string, IBotCommand> _byName = commands.ToDictionary(c => c.Definition.Name, StringComparer.Ordinal);

    /// <summary>What to register with Discord.</summary>
    public IReadOnlyList<ApplicationCommand> Definitions => [.. _byName.Values.Select(c => c.Definition)];

    public async Task HandleAsync(Interaction interaction, CancellationToken cancellationToken = default)
    {
        if (interaction.Type == Interaction.MessageComponentType)
        {
            await buttons.HandleAsync(interaction, cancellationToken);
            return;
        }

        if (interaction.Type == Interaction.AutocompleteType)
        {
            await outlets.HandleAsync(interaction, cancellationToken);
            return;
        }

        if (interaction.Type != Interaction.ApplicationCommandType)
        {
            return; // Commands and buttons are all the bot puts in front of people; nothing else is addressed to it.
        }

        if (interaction.CommandName is null || !_byName.TryGetValue(interaction.CommandName, out var command))
        {
            CommandLog.UnknownCommand(logger, interaction.CommandName);
            await responder.RespondNowAsync(interaction, Reply.Text("I don't know that command.", ephemeral: true), cancellationToken);
            return;
        }

        await command.HandleAsync(interaction, cancellationToken);
    }
}
