namespace ChatBot.Testing;

/// <summary>Finds the repository (the folder holding ChatBot.sln) and ../shared beside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Prompts => Path.Combine(Root, "prompts");

    public static string SeedsGold => SharedFile("eval", "seeds-gold.json");

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string SharedFile(params string[] parts) => Path.Combine([Shared, .. parts]);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ChatBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ChatBot.sln not found above the test binaries.");
    }
}
