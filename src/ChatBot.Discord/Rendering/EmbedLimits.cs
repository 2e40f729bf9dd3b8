namespace ChatBot.Discord.Rendering;

/// <summary>Discord's limits on embeds, from the message documentation.</summary>
internal static class EmbedLimits
{
    public const int Title = 256;
    public const int Description = 4096;
    public const int Fields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int EmbedsPerMessage = 10;

    /// <summary>All the embeds of one message together.</summary>
    public const int TotalPerMessage = 6000;
}
