namespace ChatBot.Discord.Rest;

/// <summary>The body of POST /interactions/{id}/{token}/callback.</summary>
/// <param name="Data">A <see cref="MessageBody"/> for type 4; <see cref="DeferredResponseData"/> or nothing for type 5;
/// <see cref="AutocompleteChoices"/> for type 8.</param>
internal sealed record InteractionResponse(int Type, object? Data)
{
    /// <summary>Type 4: CHANNEL_MESSAGE_WITH_SOURCE, the answer itself.</summary>
    public static InteractionResponse Message(MessageBody body) => new(InteractionCallbackTypes.ChannelMessageWithSource, body);

    /// <summary>Type 5: DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE ("thinking…"), edited later.</summary>
    public static InteractionResponse Deferred(bool ephemeral) => new(
        InteractionCallbackTypes.DeferredChannelMessageWithSource,
        ephemeral ? new DeferredResponseData(MessageFlags.Ephemeral) : null);

    /// <summary>Type 8: APPLICATION_COMMAND_AUTOCOMPLETE_RESULT, the suggestions for the option being typed.</summary>
    public static InteractionResponse Autocomplete(IReadOnlyList<OptionChoice> choices) => new(
        InteractionCallbackTypes.ApplicationCommandAutocompleteResult, new AutocompleteChoices(choices));
}
