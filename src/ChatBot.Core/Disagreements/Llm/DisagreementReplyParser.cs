using System.Text.Json;
using System.Text.RegularExpressions;
using ChatBot.Core.Answering.Llm;

namespace ChatBot.Core.Disagreements.Llm;

/// <summary>
/// Reads the disagreement prompt's reply: JSON <c>{"disagreements": [{"topic", "kind", "claims": [{"sentence",
/// "value"}]}]}</c>, or the tagged form <c>&lt;conflict topic="…" kind="…"&gt;&lt;claim sentence="S3"
/// value="…"/&gt;…&lt;/conflict&gt;</c>. Only sentence ids are read, never text the model quotes.
/// </summary>
public static partial class DisagreementReplyParser
{
    /// <summary>The proposed conflicts; a reply in neither form is a <see cref="FormatException"/>.</summary>
    public static List<ProposedDisagreement> Parse(string reply)
    {
        using var document = LlmReplyParser.ParseJsonObject(reply);
        if (document is not null && document.RootElement.TryGetProperty("disagreements", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            return list.EnumerateArray().Where(d => d.ValueKind == JsonValueKind.Object).Select(FromJson).ToList();
        }

        var conflicts = ConflictTag().Matches(reply);
        if (conflicts.Count == 0 && !reply.Contains("<none", StringComparison.OrdinalIgnoreCase) && document is null)
        {
            throw new FormatException("The model's disagreement reply was in neither form asked for.");
        }

        return conflicts.Select(c => new ProposedDisagreement(
            c.Groups["topic"].Value,
            c.Groups["kind"].Value,
            ClaimTag().Matches(c.Groups["body"].Value).Select(m => new ProposedClaim(m.Groups["s"].Value.Trim(), m.Groups["v"].Value)).ToList())).ToList();
    }

    private static ProposedDisagreement FromJson(JsonElement element)
    {
        var claims = new List<ProposedClaim>();
        if (element.TryGetProperty("claims", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var claim in list.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.Object))
            {
                var sentence = String(claim, "sentence");
                if (string.IsNullOrWhiteSpace(sentence)) continue;
                claims.Add(new ProposedClaim(sentence.Trim().Trim('[', ']'), String(claim, "value") ?? ""));
            }
        }

        return new ProposedDisagreement(String(element, "topic") ?? "", String(element, "kind") ?? "", claims);
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [GeneratedRegex(@"<conflict\s+topic=""(?<topic>[^""]*)""\s+kind=""(?<kind>[^""]*)""\s*>(?<body>.*?)</conflict>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ConflictTag();

    [GeneratedRegex(@"<claim\s+sentence=""(?<s>[^""]+)""\s+value=""(?<v>[^""]*)""\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex ClaimTag();
}
