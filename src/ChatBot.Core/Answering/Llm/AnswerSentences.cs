using System.Text.RegularExpressions;
using ChatBot.Core.Chunking;

namespace ChatBot.Core.Answering.Llm;

/// <summary>
/// Splits one line of model-written prose into the sentences the guard judges one by one. It starts from
/// <see cref="SentenceSplitter"/> and corrects it for prose with markers: markers after a full stop ("… said. [2]")
/// belong to the sentence before them; a long sentence the splitter broke at a clause is whole again; and a
/// sentence that starts with a symbol ("… instructions. @everyone …") is its own sentence, so an uncited sentence
/// can never ride along with a cited one.
/// </summary>
public static partial class AnswerSentences
{
    /// <summary>The sentences of <paramref name="line"/>, trimmed, in order.</summary>
    public static List<string> Split(string line)
    {
        var pieces = SentenceSplitter.Split(line).SelectMany(span => SymbolStart().Split(span.Of(line))).Select(p => p.Trim()).Where(p => p.Length > 0);
        var sentences = new List<string>();
        var pending = "";
        foreach (var piece in pieces)
        {
            var sentence = piece;
            var leading = LeadingMarkers().Match(sentence);
            if (leading.Success && pending.Length == 0 && sentences.Count > 0)
            {
                sentences[^1] += " " + leading.Value.Trim();
                sentence = sentence[leading.Length..].Trim();
                if (sentence.Length == 0) continue;
            }

            pending = pending.Length == 0 ? sentence : pending + " " + sentence;
            if (!Complete().IsMatch(pending)) continue;
            sentences.Add(pending);
            pending = "";
        }

        if (pending.Length > 0) sentences.Add(pending);
        return sentences;
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[^\p{L}\p{N}\s\[(“""'‘])")]
    private static partial Regex SymbolStart();

    [GeneratedRegex(@"^(\[\d{1,3}\]\s*)+")]
    private static partial Regex LeadingMarkers();

    /// <summary>Ends like a sentence: final punctuation, then perhaps closing quotes and markers.</summary>
    [GeneratedRegex(@"[.!?…][""'”’)\]]*(\s*\[\d{1,3}\])*\s*$")]
    private static partial Regex Complete();
}
