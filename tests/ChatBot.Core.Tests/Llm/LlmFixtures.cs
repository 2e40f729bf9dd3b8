using ChatBot.Core.Answering.Llm;
using ChatBot.Core.Stories;

namespace ChatBot.Core.Tests.Llm;

/// <summary>Small stories and passages for the LLM path's unit tests.</summary>
internal static class LlmFixtures
{
    public const string TechText = "Meta reassigned roughly 6,500 engineers to label AI data. Workers called the unit a gulag. The company said the change was temporary.";
    public const string HyperText = "Meta moved approximately 7,000 engineers into the data unit. Engineers may leave the unit after six months.";

    public static Story Tech { get; } = new("tech.txt", "test", TechText, new StoryMetadata("Unit called gulag", "techcrunch.com", null, new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero)), "h1");

    public static Story Hyper { get; } = new("hyper.txt", "test", HyperText, new StoryMetadata("Meta reverses", "HyperAI", null, new DateTimeOffset(2026, 5, 9, 0, 0, 0, TimeSpan.Zero)), "h2");

    public static List<PromptPassage> Passages() => [new("P1", Tech, 0, TechText), new("P2", Hyper, 0, HyperText)];

    /// <summary>The repository's prompts folder.</summary>
    public static string PromptsFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ChatBot.sln"))) return Path.Combine(dir.FullName, "prompts");
            }

            throw new DirectoryNotFoundException("ChatBot.sln not found");
        }
    }
}
