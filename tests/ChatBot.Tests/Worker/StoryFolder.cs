using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ChatBot.Tests.Worker;

/// <summary>A temp folder of generated stories and an index file beside it; removed when disposed.</summary>
public sealed class StoryFolder : IDisposable
{
    public StoryFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "chatbot-worker-" + Guid.NewGuid().ToString("N"));
        Stories = Path.Combine(Root, "stories");
        Directory.CreateDirectory(Stories);
        DatabasePath = Path.Combine(Root, "data", "index.db");
    }

    public string Root { get; }

    public string Stories { get; }

    public string DatabasePath { get; }

    /// <summary>Writes story files 0..count-1, each a few paragraphs long so it makes several chunks.</summary>
    public StoryFolder Generate(int count, int paragraphs = 6)
    {
        for (var i = 0; i < count; i++) Write($"story-{i:D5}.txt", StoryText(i, paragraphs));
        return this;
    }

    public void Write(string name, string text) => File.WriteAllText(Path.Combine(Stories, name), text);

    public void Delete(string name) => File.Delete(Path.Combine(Stories, name));

    public static string StoryText(int number, int paragraphs = 6)
    {
        var lines = new List<string> { $"Story {number}: the council of district {number % 31} met again", "" };
        for (var p = 0; p < paragraphs; p++)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"In paragraph {p} of story {number}, officials said {number * 7 + p} residents of district {number % 31} asked about the bridge, which has been closed since {1990 + (number + p) % 30}. The engineer estimated repairs at {(number + p) % 9 + 1}.5 million. ")
                + "Several speakers wanted the work finished before winter, and the chair promised an answer next month.");
            lines.Add("");
        }

        return string.Join('\n', lines);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A killed child process may still be releasing the file for a moment; the OS temp cleaner takes it.
        }
    }
}
