using System.CommandLine;

namespace ChatBot.Commands;

/// <summary>Options several verbs share, and how they override configuration.</summary>
internal static class CommonOptions
{
    public static Option<string?> Database() => new("--db") { Description = "The embedded index file (default: ChatBot:Index:SqlitePath, data/chatbot.db)." };

    public static Option<string?> SourceFolder() => new("--source") { Description = "Index this folder instead of the configured sources." };

    public static Option<bool> NoRefresh() => new("--no-refresh") { Description = "Answer from the index as it is, without checking the sources for changes (opens it read-only)." };

    public static Dictionary<string, string?> Overrides(ParseResult parse, Option<string?> database)
    {
        var overrides = new Dictionary<string, string?>();
        if (parse.GetValue(database) is { } db) overrides["ChatBot:Index:SqlitePath"] = db;
        return overrides;
    }

    /// <summary>The --source folder, or null; a file or a missing folder is a usage error, said before anything runs.</summary>
    public static string? Folder(ParseResult parse, Option<string?> source)
    {
        if (parse.GetValue(source) is not { } path) return null;
        if (File.Exists(path)) throw new UsageException($"--source {path} is a file, not a folder: give the folder that holds the stories (e.g. --source seeds).");
        if (!Directory.Exists(path)) throw new UsageException($"--source {path}: there is no such folder.");
        return path;
    }
}
