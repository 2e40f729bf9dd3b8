using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ChatBot.Core.Chunking;

namespace ChatBot.Core.Answering.Llm;

/// <summary>
/// Lets only verified material through from a model's reply. Every proposed quote goes through
/// <see cref="QuoteVerifier"/> against the stored story of the passage it names; a citation to a passage that was
/// not given is dropped; a sentence that rests on a dropped citation, or on no citation at all, is removed with it.
/// Surviving markers are renumbered [1], [2], … in order of appearance, and mentions are defused.
/// </summary>
public static partial class AnswerGuard
{
    /// <summary>Checks <paramref name="reply"/> against the passages the model was given.</summary>
    public static GuardedText Check(LlmReply reply, IReadOnlyList<PromptPassage> passages)
    {
        var byId = passages.ToDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);
        var failures = new List<string>();
        var verified = new Dictionary<int, Citation>();
        foreach (var proposed in reply.Citations)
        {
            if (verified.ContainsKey(proposed.Number)) continue;
            if (!byId.TryGetValue(proposed.PassageId, out var passage))
            {
                failures.Add($"[{proposed.Number}] cites passage {proposed.PassageId}, which was not among the passages.");
                continue;
            }

            var citation = CitationFactory.Create(proposed.Number, passage.Story, proposed.Quote, passage.Start);
            if (citation is null)
            {
                failures.Add($"[{proposed.Number}] quote \"{Shorten(proposed.Quote)}\" is not verbatim in passage {passage.Id}.");
                continue;
            }

            verified[proposed.Number] = citation;
        }

        var (text, citations) = KeepSupportedSentences(reply.Text, verified, failures);
        return new GuardedText(MentionGuard.Defuse(text), citations, reply.Citations.Count, failures);
    }

    /// <summary>Keeps the sentences whose every marker is verified and that have at least one; renumbers markers.</summary>
    private static (string Text, List<Citation> Citations) KeepSupportedSentences(string text, Dictionary<int, Citation> verified, List<string> failures)
    {
        var renumbered = new Dictionary<int, int>();
        var citations = new List<Citation>();
        var output = new StringBuilder();
        text = MarkerList().Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal), m => string.Concat(m.Groups[1].Value.Split(',').Select(n => $"[{n.Trim()}]")));
        foreach (var paragraph in text.Split('\n'))
        {
            var kept = new List<string>();
            foreach (var sentence in Sentences(paragraph))
            {
                var markers = Marker().Matches(sentence).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
                if (markers.Count == 0 || markers.Any(n => !verified.ContainsKey(n)))
                {
                    failures.Add(markers.Count == 0
                        ? $"Removed a sentence with no citation: \"{Shorten(sentence)}\""
                        : $"Removed a sentence resting on an unverified citation: \"{Shorten(sentence)}\"");
                    continue;
                }

                kept.Add(Marker().Replace(sentence, m =>
                {
                    var old = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                    if (!renumbered.TryGetValue(old, out var number))
                    {
                        number = citations.Count + 1;
                        renumbered[old] = number;
                        citations.Add(verified[old] with { Number = number });
                    }

                    return $"[{number}]";
                }));
            }

            if (kept.Count == 0) continue;
            if (output.Length > 0) output.Append("\n\n");
            output.AppendJoin(' ', kept);
        }

        return (output.ToString(), citations);
    }

    /// <summary>
    /// A paragraph's sentences; markers after a full stop ("… said. [2] Next …") belong to the sentence before them,
    /// though the splitter puts them at the start of the next.
    /// </summary>
    private static IEnumerable<string> Sentences(string paragraph)
    {
        var sentences = new List<string>();
        var pieces = SentenceSplitter.Split(paragraph).SelectMany(span => SymbolStart().Split(span.Of(paragraph)));
        foreach (var piece in pieces)
        {
            var sentence = piece.Trim();
            var leading = LeadingMarkers().Match(sentence);
            if (leading.Success && sentences.Count > 0)
            {
                sentences[^1] += " " + leading.Value.Trim();
                sentence = sentence[leading.Length..].Trim();
            }

            if (sentence.Length > 0 && !MarkersOnly().IsMatch(sentence)) sentences.Add(sentence);
            else if (sentence.Length > 0 && sentences.Count > 0) sentences[^1] += " " + sentence;
        }

        return sentences;
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "…";

    [GeneratedRegex(@"\[(\d{1,3})\]")]
    private static partial Regex Marker();

    /// <summary>"[1, 2]" as a model may write it; read as "[1][2]".</summary>
    [GeneratedRegex(@"\[(\d{1,3}(?:\s*,\s*\d{1,3})+)\]")]
    private static partial Regex MarkerList();

    [GeneratedRegex(@"^(\s*\[\d{1,3}\])+[\s.]*$")]
    private static partial Regex MarkersOnly();

    /// <summary>
    /// A sentence that starts with a symbol ("… instructions. @everyone …"): the splitter waits for a capital
    /// letter, but a model's output must not glue an uncited sentence to a cited one that way.
    /// </summary>
    [GeneratedRegex(@"(?<=[.!?])\s+(?=[^\p{L}\p{N}\s\[(“""'‘])")]
    private static partial Regex SymbolStart();

    [GeneratedRegex(@"^(\[\d{1,3}\]\s*)+")]
    private static partial Regex LeadingMarkers();
}
