using System.Globalization;
using System.Text.RegularExpressions;

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
        var lines = new List<string>();
        text = MarkerList().Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal), m => string.Concat(m.Groups[1].Value.Split(',').Select(n => $"[{n.Trim()}]")));
        foreach (var line in text.Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                if (lines.Count > 0 && lines[^1].Length > 0) lines.Add("");
                continue;
            }

            var kept = new List<string>();
            foreach (var sentence in AnswerSentences.Split(line))
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

            if (kept.Count > 0) lines.Add(string.Join(' ', kept));
        }

        return (string.Join('\n', lines).Trim(), citations);
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "…";

    [GeneratedRegex(@"\[(\d{1,3})\]")]
    private static partial Regex Marker();

    /// <summary>"[1, 2]" as a model may write it; read as "[1][2]".</summary>
    [GeneratedRegex(@"\[(\d{1,3}(?:\s*,\s*\d{1,3})+)\]")]
    private static partial Regex MarkerList();

}
