using System.CommandLine;

namespace ChatBot.Commands;

/// <summary>Options several verbs share, and how they override configuration.</summary>
internal static class CommonOptions
{
    public static Option<string?> Database() => new("--db") { Description = "The embedded index file (default: ChatBot:Index:SqlitePath, data/chatbot.db)." };

    public static Option<string?> SourceFolder() => new("--source") { Description = "Index this folder instead of the configured sources." };

    public static Dictionary<string, string?> Overrides(ParseResult parse, Option<string?> database)
    {
        var overrides = new Dictionary<string, string?>();
        if (parse.GetValue(database) is { } db) overrides["ChatBot:Index:SqlitePath"] = db;
        return overrides;
    }
}
