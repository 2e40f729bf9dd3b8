namespace ChatBot.Tests.Support;

/// <summary>A fact that needs a folder the executable cannot list; skipped, with the reason shown, where none can be made.</summary>
public sealed class UnreadableFolderFactAttribute : FactAttribute
{
    public UnreadableFolderFactAttribute()
    {
        if (UnreadableFolders.Unavailable is { } reason) Skip = reason;
    }
}
