using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatBot.Core.Chunking;

namespace ChatBot.Tests.Llm;

/// <summary>
/// A scripted "model" for the fake server that reads the passages in the prompt and answers the way the prompt
/// asks: one sentence per passage (up to three), each a sentence copied from its passage with a marker. It can be
/// told to fabricate one of those quotes, and answers the disagreement prompt with no conflicts.
/// </summary>
internal static partial class SeedModel
{
    /// <summary>A reply to <paramref name="request"/>; the quote at <paramref name="fabricate"/> (0-based) is altered when set.</summary>
    public static FakeReply Reply(CapturedRequest request, int? fabricate = null)
    {
        if (IsDisagreementPrompt(request)) return FakeReply.Completion("""{"disagreements": []}""");
        var passages = Passages(request.User);
        var citations = new List<(int, string, string)>();
        var sentences = new List<string>();
        foreach (var (id, text) in passages.Take(3))
        {
            var quote = FirstSentence(text);
            if (quote is null) continue;
            var n = citations.Count + 1;
            if (fabricate == citations.Count) quote = Fabricate(quote);
            citations.Add((n, id, quote));
            sentences.Add($"{quote} [{n}]");
        }

        return FakeReply.Completion(FakeReply.AnswerJson(string.Join(" ", sentences), [.. citations]));
    }

    public static bool IsDisagreementPrompt(CapturedRequest request) => request.System.Contains("conflicting claims", StringComparison.Ordinal);

    /// <summary>The passages of a rendered prompt: (id, text).</summary>
    public static List<(string Id, string Text)> Passages(string user) =>
        PassageBlock().Matches(user).Select(m => (m.Groups["id"].Value, m.Groups["text"].Value)).ToList();

    /// <summary>The quote a fabricating model would give: one word added.</summary>
    public static string Fabricate(string quote)
    {
        var space = quote.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? "Reportedly " + quote : quote[..space] + " reportedly" + quote[space..];
    }

    /// <summary>The first real sentence of a passage (not a headline or label).</summary>
    public static string? FirstSentence(string text) => SentenceSplitter.Split(text)
        .Select(s => s.Of(text).Trim())
        .FirstOrDefault(s => s.Length is >= 50 and <= 350 && ".!?\"'”’".Contains(s[^1]) && !s.Contains('[', StringComparison.Ordinal) && !s.Contains('\n', StringComparison.Ordinal));

    [GeneratedRegex(@"<passage id=""(?<id>P\d+)""[^>]*>\n(?<text>.*?)\n</passage>", RegexOptions.Singleline)]
    private static partial Regex PassageBlock();
}
