using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Answering.Llm;

/// <summary>
/// Reads a model's reply: the JSON object the prompt asks for (also when wrapped in a code fence or prose), else
/// the tagged form. Citations are sentence ids; whatever text a model quotes is not read. A reply in neither form is a <see cref="FormatException"/>: never shown to a user.
/// </summary>
public static partial class LlmReplyParser
{
    /// <summary>Parses a reply to the answer or summary prompt.</summary>
    public static LlmReply Parse(string reply)
    {
        if (TryParseJson(reply, out var parsed)) return parsed;
        if (TryParseTagged(reply, out parsed)) return parsed;
        throw new FormatException("The model's reply was neither the JSON object nor the tagged form the prompt asked for.");
    }

    /// <summary>The outermost JSON object in a reply, or null.</summary>
    public static JsonDocument? ParseJsonObject(string reply)
    {
        var start = reply.IndexOf('{', StringComparison.Ordinal);
        var end = reply.LastIndexOf('}');
        if (start < 0 || end <= start) return null;
        try
        {
            return JsonDocument.Parse(reply[start..(end + 1)]);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool TryParseJson(string reply, out LlmReply parsed)
    {
        parsed = null!;
        using var document = ParseJsonObject(reply);
        if (document is null || document.RootElement.ValueKind != JsonValueKind.Object) return false;
        var root = document.RootElement;
        var text = String(root, "answer") ?? String(root, "summary");
        if (text is null) return false;
        var citations = new List<ProposedCitation>();
        if (root.TryGetProperty("citations", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in list.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object) continue;
                var number = Number(item, "n") ?? Number(item, "number");
                // Only the id is read: a "quote" a model adds anyway is ignored, the stored sentence is the quote.
                var sentence = String(item, "sentence") ?? String(item, "sentence_id");
                if (number is null || string.IsNullOrWhiteSpace(sentence)) continue;
                citations.Add(new ProposedCitation(number.Value, sentence.Trim().Trim('[', ']')));
            }
        }

        var answered = !root.TryGetProperty("answered", out var flag) || flag.ValueKind != JsonValueKind.False;
        parsed = new LlmReply(text, citations, answered);
        return true;
    }

    private static bool TryParseTagged(string reply, out LlmReply parsed)
    {
        parsed = null!;
        var answer = AnswerTag().Match(reply);
        if (!answer.Success) return false;
        var citations = CiteTag().Matches(reply)
            .Select(m => new ProposedCitation(int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), m.Groups["s"].Value.Trim()))
            .ToList();
        var text = answer.Groups[1].Value.Trim();
        parsed = new LlmReply(text, citations, text.Length > 0);
        return true;
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Number(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value)) return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n)) return n;
        return value.ValueKind == JsonValueKind.String && int.TryParse(value.GetString()?.Trim('[', ']', ' '), NumberStyles.None, CultureInfo.InvariantCulture, out n) ? n : null;
    }

    [GeneratedRegex(@"<answer>(.*?)</answer>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex AnswerTag();

    [GeneratedRegex(@"<cite\s+n=""(?<n>\d+)""\s+sentence=""(?<s>[^""]+)""\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex CiteTag();
}
