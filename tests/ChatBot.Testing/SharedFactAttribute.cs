namespace ChatBot.Testing;

/// <summary>A fact that needs a file from ../shared; it is skipped, with the reason shown, when the file is absent.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute(params string[] relativePath)
    {
        var path = RepositoryPaths.SharedFile(relativePath);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Skip = $"{path} is absent (the shared material sits beside the checkout in this workplace)";
        }
    }
}
