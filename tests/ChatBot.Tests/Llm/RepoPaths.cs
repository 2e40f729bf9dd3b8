namespace ChatBot.Tests.Llm;

/// <summary>Folders of the repository the tests run in, found by walking up to ChatBot.sln.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Prompts => Path.Combine(Root, "prompts");

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>../shared/eval/seeds-gold.json beside the repository.</summary>
    public static string SeedsGold => Path.GetFullPath(Path.Combine(Root, "..", "shared", "eval", "seeds-gold.json"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatBot.sln"))) return dir.FullName;
        }

        throw new DirectoryNotFoundException("ChatBot.sln not found above " + AppContext.BaseDirectory);
    }
}
