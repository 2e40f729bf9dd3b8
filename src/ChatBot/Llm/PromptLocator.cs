using ChatBot.Core.Answering.Llm;

namespace ChatBot.Llm;

/// <summary>Finds the prompts folder: configured, else prompts/ in the working directory, else beside the executable.</summary>
public static class PromptLocator
{
    /// <summary>Loads the prompt library once, from the first folder that has it.</summary>
    public static PromptLibrary Load(LlmOptions options)
    {
        string[] candidates = options.PromptsPath is { Length: > 0 } configured
            ? [configured]
            : [Path.Combine(Directory.GetCurrentDirectory(), "prompts"), Path.Combine(AppContext.BaseDirectory, "prompts")];
        var folder = candidates.FirstOrDefault(f => File.Exists(Path.Combine(f, "answer.md")))
            ?? throw new DirectoryNotFoundException($"No prompts folder with answer.md at {string.Join(" or ", candidates)} (ChatBot:Llm:PromptsPath).");
        return PromptLibrary.Load(folder);
    }
}
