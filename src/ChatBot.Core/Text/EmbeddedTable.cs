namespace ChatBot.Core.Text;

/// <summary>The generated word tables shipped inside ChatBot.Core (WordNet's, see WORDNET-LICENSE): opened and read one way.</summary>
internal static class EmbeddedTable
{
    /// <summary>Opens the embedded resource <paramref name="resourceName"/>; a missing one is a broken build, said so.</summary>
    public static StreamReader Open(string resourceName)
    {
        var stream = typeof(EmbeddedTable).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded resource {resourceName} is missing from ChatBot.Core.");
        return new StreamReader(stream);
    }

    /// <summary>The table's lines, without blank lines and '#' comments.</summary>
    public static IEnumerable<string> Lines(string resourceName)
    {
        using var reader = Open(resourceName);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#') yield return line;
        }
    }
}
