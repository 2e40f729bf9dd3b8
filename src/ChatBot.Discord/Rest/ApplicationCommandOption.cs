namespace ChatBot.Discord.Rest;

/// <summary>One option of a slash command.</summary>
internal sealed record ApplicationCommandOption(
    int Type,
    string Name,
    string Description,
    bool Required = false,
    int? MinLength = null,
    int? MaxLength = null,
    int? MinValue = null,
    bool? Autocomplete = null);
