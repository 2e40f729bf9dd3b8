using System.Text;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Answering.Llm;

/// <summary>
/// A prompt file with a system part and a user part and named placeholders ({{question}}, {{passages}}).
/// The file separates the parts with a line <c>&lt;&lt;user&gt;&gt;</c>; text before it is the system message.
/// Rendering fails loudly on a placeholder with no value, so a typo in a prompt file never reaches a model.
/// </summary>
public sealed partial class PromptTemplate
{
    /// <summary>The line that starts the user part.</summary>
    public const string UserMarker = "<<user>>";

    private PromptTemplate(string name, string system, string user)
    {
        Name = name;
        System = system;
        User = user;
    }

    /// <summary>The template's name (its file name without extension).</summary>
    public string Name { get; }

    /// <summary>The system part, unrendered.</summary>
    public string System { get; }

    /// <summary>The user part, unrendered.</summary>
    public string User { get; }

    /// <summary>Every placeholder name the template uses.</summary>
    public IReadOnlySet<string> Placeholders =>
        Placeholder().Matches(System + User).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>Parses a template's text.</summary>
    public static PromptTemplate Parse(string name, string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var at = text.IndexOf("\n" + UserMarker + "\n", StringComparison.Ordinal);
        if (at < 0) throw new InvalidDataException($"Prompt '{name}' has no '{UserMarker}' line separating the system and user parts.");
        return new PromptTemplate(name, text[..at].Trim(), text[(at + UserMarker.Length + 2)..].Trim());
    }

    /// <summary>The system and user messages with every placeholder replaced.</summary>
    public (string System, string User) Render(IReadOnlyDictionary<string, string> values) =>
        (Fill(System, values), Fill(User, values));

    private string Fill(string part, IReadOnlyDictionary<string, string> values)
    {
        var builder = new StringBuilder(part.Length);
        var last = 0;
        foreach (Match match in Placeholder().Matches(part))
        {
            var key = match.Groups[1].Value;
            if (!values.TryGetValue(key, out var value)) throw new KeyNotFoundException($"Prompt '{Name}' needs a value for {{{{{key}}}}}.");
            builder.Append(part, last, match.Index - last).Append(value);
            last = match.Index + match.Length;
        }

        return builder.Append(part, last, part.Length - last).ToString();
    }

    [GeneratedRegex(@"\{\{([a-z_]+)\}\}")]
    private static partial Regex Placeholder();
}
