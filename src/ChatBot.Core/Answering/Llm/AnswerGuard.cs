using System.Globalization;
using System.Text.RegularExpressions;

namespace ChatBot.Core.Answering.Llm;

/// <summary>
/// Lets only verified material through from a model's reply. The model cites sentence ids; each citation's quote
/// is the stored text of the sentence it names, inserted here, so a model cannot alter a quote. A citation to an id
/// that was not given is dropped, and every quote still goes through <see cref="QuoteVerifier"/> against the stored
/// story; a sentence of the answer that rests on a dropped citation, or on no citation at all, is removed with it.
/// Surviving markers are renumbered [1], [2], … in order of appearance, and mentions are defused.
/// </summary>
public static partial class AnswerGuard
{
    /// <summary>Checks <paramref name="reply"/> against the passages the model was given.</summary>
    public static GuardedText Check(LlmReply reply, IReadOnlyList<PromptPassage> passages)
    {
        var byId = PromptPassages.ById(passages);
        var failures = new List<string>();
        var verified = new Dictionary<int, Citation>();
        foreach (var proposed in reply.Citations)
        {
            if (verified.ContainsKey(proposed.Number)) continue;
            if (!byId.TryGetValue(proposed.SentenceId, out var found))
            {
                failures.Add($"[{proposed.Number}] cites sentence {proposed.SentenceId}, which was not among the passages.");
                continue;
            }

            var citation = CitationFactory.Create(proposed.Number, found.Passage.Story, found.Sentence.Text, found.Sentence.Start);
            if (citation is null)
            {
                failures.Add($"[{proposed.Number}] sentence {proposed.SentenceId} is not verbatim in passage {found.Passage.Id}.");
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

                if (QuotedOutsideCitations(sentence, markers.Select(n => verified[n].Quote)) is { } altered)
                {
                    failures.Add($"Removed a sentence quoting words its citations do not hold: \"{Shorten(altered)}\"");
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

    /// <summary>
    /// Words the prose puts in quotation marks must be the cited sentences' own: a model cannot alter a quote in
    /// its citations (the bot writes those), and this keeps it from altering one in its prose either.
    /// </summary>
    private static string? QuotedOutsideCitations(string sentence, IEnumerable<string> quotes)
    {
        var cited = quotes.ToList();
        return QuotedSpan().Matches(sentence).Select(m => m.Groups[1].Value.Trim())
            .FirstOrDefault(span => span.Length >= 8 && !cited.Any(q => QuoteVerifier.IsVerbatim(q, span)));
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "…";

    [GeneratedRegex(@"[""“]([^""“”]+)[""”]")]
    private static partial Regex QuotedSpan();

    [GeneratedRegex(@"\[(\d{1,3})\]")]
    private static partial Regex Marker();

    /// <summary>"[1, 2]" as a model may write it; read as "[1][2]".</summary>
    [GeneratedRegex(@"\[(\d{1,3}(?:\s*,\s*\d{1,3})+)\]")]
    private static partial Regex MarkerList();

}
