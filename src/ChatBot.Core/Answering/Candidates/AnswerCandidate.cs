using ChatBot.Core.Chunking;
using ChatBot.Core.Text;

namespace ChatBot.Core.Answering.Candidates;

/// <summary>
/// A phrase of a sentence that could be the answer: a name, a date or a number.
/// </summary>
/// <param name="Span">Where it stands in the sentence's text.</param>
/// <param name="Text">The phrase as written (a verbatim part of the sentence).</param>
/// <param name="Kind">Person/Place/Named for names (the extractor cannot tell them apart, so a name is <see cref="AnswerKind.Named"/>), <see cref="AnswerKind.Date"/> or <see cref="AnswerKind.Quantity"/>.</param>
/// <param name="Key">What the phrase says, for comparing phrases: its index terms, sorted and joined.</param>
/// <param name="Terms">Its index terms.</param>
/// <param name="Confident">False for a lone capitalised word opening a sentence, which may be an ordinary word.</param>
public sealed record AnswerCandidate(TextSpan Span, string Text, AnswerKind Kind, string Key, IReadOnlySet<string> Terms, bool Confident)
{
    /// <summary>
    /// True for a name led by a person's title: a word that names only people in WordNet's usual senses, before
    /// a further word of the name ("President Joe Biden", "British Prime Minister Boris Johnson", "CEO Tim Cook").
    /// Such a name names a person. A plural or possessive word is no title: "Kansas City Chiefs" names a team.
    /// </summary>
    /// <remarks>Read only for a question that rules people out, so worked out when asked, not for every candidate.</remarks>
    public bool IsTitledPerson => Kind == AnswerKind.Named && TitledPerson(Text);

    /// <summary>
    /// True for a name of a place: every word of it names a place in WordNet's first sense ("Florida", "Kansas
    /// City"); "Kansas City Chiefs" has a word that does not and names a team.
    /// </summary>
    /// <remarks>Read only for a question that rules places out, so worked out when asked.</remarks>
    public bool IsPlace => Kind == AnswerKind.Named && Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(NounClasses.FirstNamesAPlace);

    private static bool TitledPerson(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length - 1; i++)
        {
            var word = words[i];
            if (word.EndsWith('s') || word.EndsWith("s'", StringComparison.Ordinal) || word.EndsWith("s’", StringComparison.Ordinal)) continue;
            if (NounClasses.NamesOnlyPeople(word)) return true;
        }

        return false;
    }

    /// <summary>True when this phrase can be an answer of the wanted kind.</summary>
    public bool Fits(AnswerKind wanted) => wanted switch
    {
        AnswerKind.Person or AnswerKind.Place => Kind == AnswerKind.Named,
        // "What cap", "which figure", "what deadline": the noun, not the shape, says what is wanted.
        AnswerKind.Named => true,
        AnswerKind.Date => Kind == AnswerKind.Date,
        AnswerKind.Quantity => Kind == AnswerKind.Quantity,
        _ => false,
    };
}
