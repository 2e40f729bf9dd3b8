using System.Text.RegularExpressions;
using Microsoft.SemanticKernel;

namespace ChatBot.Core.Answering.Llm;

/// <summary>
/// A prompt file as two Semantic Kernel prompt templates, a system part and a user part, with named variables
/// (<c>{{$question}}</c>, <c>{{$passages}}</c>). The file separates the parts with a line <c>&lt;&lt;user&gt;&gt;</c>;
/// text before it is the system message. Rendering fails loudly on a variable with no value (Semantic Kernel would
/// render it empty), so a typo in a prompt file never reaches a model.
/// </summary>
public sealed partial class PromptTemplate
{
    /// <summary>The line that starts the user part.</summary>
    public const string UserMarker = "<<user>>";

    private static readonly KernelPromptTemplateFactory Factory = new() { AllowDangerouslySetContent = true };

    private readonly IPromptTemplate _system;
    private readonly IPromptTemplate _user;

    private PromptTemplate(string name, string system, string user)
    {
        Name = name;
        System = system;
        User = user;
        _system = Factory.Create(Config(name, system));
        _user = Factory.Create(Config(name, user));
    }

    /// <summary>The template's name (its file name without extension).</summary>
    public string Name { get; }

    /// <summary>The system part, unrendered.</summary>
    public string System { get; }

    /// <summary>The user part, unrendered.</summary>
    public string User { get; }

    /// <summary>Every variable name the template uses.</summary>
    public IReadOnlySet<string> Placeholders =>
        Variable().Matches(System + User).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>Parses a template's text.</summary>
    public static PromptTemplate Parse(string name, string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var at = text.IndexOf("\n" + UserMarker + "\n", StringComparison.Ordinal);
        if (at < 0) throw new InvalidDataException($"Prompt '{name}' has no '{UserMarker}' line separating the system and user parts.");
        return new PromptTemplate(name, text[..at].Trim(), text[(at + UserMarker.Length + 2)..].Trim());
    }

    /// <summary>The system and user messages with every variable replaced, rendered by <paramref name="kernel"/>.</summary>
    public async Task<(string System, string User)> RenderAsync(Kernel kernel, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken = default)
    {
        if (Placeholders.FirstOrDefault(p => !values.ContainsKey(p)) is { } missing)
        {
            throw new KeyNotFoundException($"Prompt '{Name}' needs a value for {{{{${missing}}}}}.");
        }

        var arguments = new KernelArguments();
        foreach (var (key, value) in values) arguments[key] = value;
        return (await _system.RenderAsync(kernel, arguments, cancellationToken), await _user.RenderAsync(kernel, arguments, cancellationToken));
    }

    /// <remarks>
    /// Semantic Kernel HTML-encodes values by default because a rendered prompt may be parsed for
    /// <c>&lt;message role=…&gt;</c> tags. Ours never is: each part goes to the model as the plain text of one
    /// message, and story text is defused by <see cref="PassageFormatter"/>; encoding would only garble the
    /// passages (every quotation mark an entity).
    /// </remarks>
    private static PromptTemplateConfig Config(string name, string template) => new(template)
    {
        Name = name,
        TemplateFormat = PromptTemplateConfig.SemanticKernelTemplateFormat,
        AllowDangerouslySetContent = true,
    };

    [GeneratedRegex(@"\{\{\$([a-z_]+)\}\}")]
    private static partial Regex Variable();
}
