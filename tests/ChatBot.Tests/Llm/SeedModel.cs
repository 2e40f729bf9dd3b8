using System.Text.RegularExpressions;

namespace ChatBot.Tests.Llm;

/// <summary>
/// A scripted "model" for the fake server that reads the numbered sentences in the prompt and answers the way the
/// prompt asks: one sentence per passage (up to three), each quoting a sentence of its passage in quotation marks
/// and citing its id. It can be told to alter one of those quotes (in its prose and in a "quote" field the bot
/// should ignore), or to cite an id it was not given; it answers the disagreement prompt with no conflicts.
/// </summary>
internal static partial class SeedModel
{
    /// <summary>
    /// A reply to <paramref name="request"/>; the quote at <paramref name="fabricate"/> (0-based) is altered, and the
    /// citation at <paramref name="invent"/> names a sentence id that was not in the prompt.
    /// </summary>
    public static FakeReply Reply(CapturedRequest request, int? fabricate = null, int? invent = null)
    {
        if (IsDisagreementPrompt(request)) return FakeReply.Completion("""{"disagreements": []}""");
        var citations = new List<(int, string, string?)>();
        var sentences = new List<string>();
        foreach (var passage in Passages(request.User).Take(3))
        {
            if (FirstSentence(passage) is not { } chosen) continue;
            var n = citations.Count + 1;
            var quote = fabricate == citations.Count ? Fabricate(chosen.Text) : chosen.Text;
            var id = invent == citations.Count ? "S999" : chosen.Id;
            citations.Add((n, id, fabricate == citations.Count ? quote : null));
            sentences.Add($"The story says \"{quote}\" [{n}]");
        }

        return FakeReply.Completion(FakeReply.AnswerJson(string.Join(" ", sentences.Select(s => s.EndsWith(']') ? s + "." : s)), [.. citations]));
    }

    public static bool IsDisagreementPrompt(CapturedRequest request) => request.System.Contains("conflicting claims", StringComparison.Ordinal);

    /// <summary>The passages of a rendered prompt, each with its numbered sentences.</summary>
    public static List<SeedPassage> Passages(string user) =>
        PassageBlock().Matches(user).Select(m => new SeedPassage(
            m.Groups["id"].Value,
            SentenceLine().Matches(m.Groups["text"].Value).Select(s => new SeedSentence(s.Groups["id"].Value, s.Groups["text"].Value.TrimEnd())).ToList())).ToList();

    /// <summary>The quote a fabricating model would give: one word added.</summary>
    public static string Fabricate(string quote)
    {
        var space = quote.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? "Reportedly " + quote : quote[..space] + " reportedly" + quote[space..];
    }

    /// <summary>The first real sentence of a passage (not a headline or label).</summary>
    public static SeedSentence? FirstSentence(SeedPassage passage) => passage.Sentences
        .FirstOrDefault(s => s.Text.Length is >= 50 and <= 350 && ".!?".Contains(s.Text[^1]) && !s.Text.Contains('[', StringComparison.Ordinal) && !s.Text.Contains('"', StringComparison.Ordinal));

    [GeneratedRegex(@"<passage id=""(?<id>P\d+)""[^>]*>\n(?<text>.*?)\n</passage>", RegexOptions.Singleline)]
    private static partial Regex PassageBlock();

    [GeneratedRegex(@"^\[(?<id>S\d+)\] (?<text>.*)$", RegexOptions.Multiline)]
    private static partial Regex SentenceLine();
}

/// <summary>A passage as the fake model reads it from the prompt.</summary>
internal sealed record SeedPassage(string Id, IReadOnlyList<SeedSentence> Sentences)
{
    public string Text => string.Join(" ", Sentences.Select(s => s.Text));
}

/// <summary>One numbered sentence of a passage.</summary>
internal sealed record SeedSentence(string Id, string Text);
