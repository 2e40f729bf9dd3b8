using System.Globalization;
using System.Text;
using ChatBot.Core.Chunking;
using ChatBot.Core.Text;

namespace ChatBot.Core.Index;

/// <summary>
/// A passage's sentences and their terms, found once when the passage is indexed, stored beside it and returned
/// with every hit, so answering a question never re-splits or re-tokenises the passages it retrieved.
/// </summary>
public static class PassageSentences
{
    /// <summary>The sentences of <paramref name="passageText"/>, each with its distinct terms.</summary>
    /// <remarks>
    /// The passage's own text is split, not the story's sentences reused: the splitter reads a line from its
    /// start to tell a soft line break from a hard one, and a passage may begin mid-line, so the two can differ;
    /// the evidence is scored on the passage's split, as it always was.
    /// </remarks>
    public static IReadOnlyList<PassageSentence> Of(string passageText) =>
        SentenceSplitter.Split(passageText)
            .Select(span => new PassageSentence(span, Tokenizer.Terms(span.Of(passageText)).ToHashSet(StringComparer.Ordinal)))
            .ToList();

    /// <summary>
    /// The stored form: one line per sentence, its start and end, then its terms, all separated by spaces (a term
    /// never holds white space: the tokenizer splits on everything but letters, digits and a number's point).
    /// </summary>
    public static string Encode(IReadOnlyList<PassageSentence> sentences)
    {
        var encoded = new StringBuilder();
        foreach (var sentence in sentences)
        {
            if (encoded.Length > 0) encoded.Append('\n');
            encoded.Append(CultureInfo.InvariantCulture, $"{sentence.Span.Start} {sentence.Span.End}");
            foreach (var term in sentence.Terms) encoded.Append(' ').Append(term);
        }

        return encoded.ToString();
    }

    /// <summary>Reads what <see cref="Encode"/> wrote.</summary>
    public static IReadOnlyList<PassageSentence> Decode(string encoded)
    {
        var sentences = new List<PassageSentence>();
        if (encoded.Length == 0) return sentences;
        foreach (var line in encoded.Split('\n'))
        {
            var fields = line.Split(' ');
            var span = new TextSpan(int.Parse(fields[0], CultureInfo.InvariantCulture), int.Parse(fields[1], CultureInfo.InvariantCulture));
            var terms = new HashSet<string>(fields.Length - 2, StringComparer.Ordinal);
            for (var i = 2; i < fields.Length; i++) terms.Add(fields[i]);
            sentences.Add(new PassageSentence(span, terms));
        }

        return sentences;
    }
}
