using ChatBot.Core.Index;
using ChatBot.Discord.Interactions;
using ChatBot.Discord.Rest;

namespace ChatBot.Discord.Commands;

/// <summary>
/// Suggests outlets for the <c>source</c> option as it is typed (interaction type 4): the indexed outlets that
/// contain the typed text, most stories first, at most 25 as Discord allows.
/// </summary>
internal sealed class OutletAutocomplete(IStoryCatalog catalog, IDiscordRestClient rest)
{
    public async Task HandleAsync(Interaction interaction, CancellationToken cancellationToken = default)
    {
        var typed = interaction.StringOption(interaction.FocusedOption ?? "")?.Trim() ?? "";
        var choices = interaction.FocusedOption == SourceOption.Name
            ? Suggest(await catalog.ListAsync(cancellationToken), typed)
            : [];
        await rest.RespondToInteractionAsync(interaction.Id, interaction.Token, InteractionResponse.Autocomplete(choices), cancellationToken);
    }

    /// <summary>Pure: the choices for what has been typed.</summary>
    public static IReadOnlyList<OptionChoice> Suggest(IReadOnlyList<StoryListing> stories, string typed) =>
        [.. stories
            .Select(s => s.Metadata.Outlet?.Trim())
            .Where(o => o is { Length: > 0 and <= OptionChoice.MaxLength } && o.Contains(typed, StringComparison.OrdinalIgnoreCase))
            .GroupBy(o => o!, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Take(AutocompleteChoices.Max)
            .Select(g => new OptionChoice(g.Key, g.Key))];
}
