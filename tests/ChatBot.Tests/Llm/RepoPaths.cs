using ChatBot.Core.Tests.Support;
using ChatBot.Tests.Support;

namespace ChatBot.Tests.Llm;

/// <summary>Folders the LLM tests use, under the repository that <see cref="RepositoryPaths"/> finds.</summary>
internal static class RepoPaths
{
    public static string Prompts => Path.Combine(RepositoryPaths.Root, "prompts");

    public static string Seeds => RepositoryPaths.Seeds;

    public static string SeedsGold => RepositoryPaths.SharedFile("eval", "seeds-gold.json");
}
