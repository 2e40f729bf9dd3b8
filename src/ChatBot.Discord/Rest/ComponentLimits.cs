namespace ChatBot.Discord.Rest;

/// <summary>Discord's limits on message components (components/reference).</summary>
internal static class ComponentLimits
{
    public const int RowsPerMessage = 5;
    public const int ButtonsPerRow = 5;
    public const int CustomIdLength = 100;
    public const int LabelLength = 80;

    /// <summary>Throws when rows break a limit: a payload over them is refused whole, so it must never be built.</summary>
    public static IReadOnlyList<ActionRow> Checked(IReadOnlyList<ActionRow> rows)
    {
        if (rows.Count > RowsPerMessage || rows.Any(r => r.Components.Count is 0 or > ButtonsPerRow))
        {
            throw new ArgumentException($"A message takes at most {RowsPerMessage} rows of 1 to {ButtonsPerRow} buttons.", nameof(rows));
        }

        foreach (var button in rows.SelectMany(r => r.Components))
        {
            if (button.CustomId.Length is 0 or > CustomIdLength || button.Label.Length > LabelLength)
            {
                throw new ArgumentException(
                    $"Button '{button.Label}' breaks a limit: custom_id 1 to {CustomIdLength} characters, label at most {LabelLength}.", nameof(rows));
            }
        }

        return rows;
    }
}
