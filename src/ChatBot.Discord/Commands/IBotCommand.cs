using ChatBot.Discord.Interactions;
using ChatBot.Discord.Rest;

namespace ChatBot.Discord.Commands;

/// <summary>One application command (slash or message command): how it is registered and how it answers.</summary>
internal interface IBotCommand
{
    ApplicationCommand Definition { get; }

    /// <summary>Answers the interaction; must always send a response, even when it fails.</summary>
    Task HandleAsync(Interaction interaction, CancellationToken cancellationToken = default);
}
