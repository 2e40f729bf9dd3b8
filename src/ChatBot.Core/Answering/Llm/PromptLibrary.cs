namespace ChatBot.Core.Answering.Llm;

/// <summary>The prompt templates, read once from the prompts folder when the library is created.</summary>
public sealed class PromptLibrary
{
    /// <summary>The template names the pipeline uses.</summary>
    public static readonly IReadOnlyList<string> Names = ["answer", "summarize", "disagreements"];

    private readonly Dictionary<string, PromptTemplate> _templates;

    private PromptLibrary(Dictionary<string, PromptTemplate> templates) => _templates = templates;

    /// <summary>The answer prompt: {{question}}, {{passages}}, {{format}}, {{failures}}.</summary>
    public PromptTemplate Answer => _templates["answer"];

    /// <summary>The summary prompt: {{topic}}, {{passages}}, {{format}}, {{scope}}.</summary>
    public PromptTemplate Summarize => _templates["summarize"];

    /// <summary>The disagreement prompt: {{question}}, {{passages}}, {{format}}.</summary>
    public PromptTemplate Disagreements => _templates["disagreements"];

    /// <summary>Reads <c>answer.md</c>, <c>summarize.md</c> and <c>disagreements.md</c> from <paramref name="folder"/>.</summary>
    public static PromptLibrary Load(string folder)
    {
        var templates = new Dictionary<string, PromptTemplate>(StringComparer.Ordinal);
        foreach (var name in Names)
        {
            var path = Path.Combine(folder, name + ".md");
            if (!File.Exists(path)) throw new FileNotFoundException($"The prompt file {path} is missing.", path);
            templates[name] = PromptTemplate.Parse(name, File.ReadAllText(path));
        }

        return new PromptLibrary(templates);
    }

    /// <summary>A library from texts already in memory (tests).</summary>
    public static PromptLibrary FromTexts(IReadOnlyDictionary<string, string> texts) =>
        new(Names.ToDictionary(n => n, n => PromptTemplate.Parse(n, texts[n]), StringComparer.Ordinal));
}
