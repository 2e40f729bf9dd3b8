using ChatBot.Core.Answering.Llm;
using ChatBot.Core.Stories;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace ChatBot.Core.Tests.Llm;

/// <summary>Small stories and passages for the LLM path's unit tests.</summary>
internal static class LlmFixtures
{
    public const string TechText = "Meta reassigned roughly 6,500 engineers to label AI data. Workers called the unit a gulag. The company said the change was temporary.";
    public const string HyperText = "Meta moved approximately 7,000 engineers into the data unit. Engineers may leave the unit after six months.";

    public static Story Tech { get; } = new("tech.txt", "test", TechText, new StoryMetadata("Unit called gulag", "techcrunch.com", null, new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero)), "h1");

    public static Story Hyper { get; } = new("hyper.txt", "test", HyperText, new StoryMetadata("Meta reverses", "HyperAI", null, new DateTimeOffset(2026, 5, 9, 0, 0, 0, TimeSpan.Zero)), "h2");

    /// <summary>P1 (tech: S1 "Meta reassigned…", S2 "Workers called…", S3 "The company said…") and P2 (hyper: S4 "Meta moved…", S5 "Engineers may leave…").</summary>
    public static List<PromptPassage> Passages() => PromptPassages.Number([(Tech, 0, TechText), (Hyper, 0, HyperText)]);

    /// <summary>A kernel whose chat service is <paramref name="chat"/>.</summary>
    public static Kernel Kernel(IChatClient chat)
    {
        var builder = Microsoft.SemanticKernel.Kernel.CreateBuilder();
        builder.Services.AddSingleton(chat);
        return builder.Build();
    }

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
