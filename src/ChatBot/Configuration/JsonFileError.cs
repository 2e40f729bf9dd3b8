using System.Text.Json;

namespace ChatBot.Configuration;

/// <summary>Says where a configuration file stops being valid JSON: the file, the line and the position in it.</summary>
public static class JsonFileError
{
    public static string Describe(string path, Exception failure)
    {
        for (var e = failure; e is not null; e = e.InnerException)
        {
            if (e is JsonException { LineNumber: { } line, BytePositionInLine: { } position } json)
            {
                // Both counted from 0 by the reader; people count from 1.
                return $"{path} is not valid JSON at line {line + 1}, position {position + 1}: {Reason(json.Message)}. Fix the file or remove it.";
            }
        }

        var innermost = failure;
        while (innermost.InnerException is not null) innermost = innermost.InnerException;
        return $"{path} cannot be read as configuration: {innermost.Message.TrimEnd('.')}. Fix the file or remove it.";
    }

    /// <summary>The reader's message without the position it appends ("Path: $ | LineNumber: 0 | BytePositionInLine: 14.").</summary>
    private static string Reason(string message)
    {
        var cuts = new[] { " Path:", " LineNumber:" }.Select(marker => message.IndexOf(marker, StringComparison.Ordinal)).Where(i => i >= 0).ToList();
        return (cuts.Count == 0 ? message : message[..cuts.Min()]).Trim().TrimEnd('.');
    }
}
