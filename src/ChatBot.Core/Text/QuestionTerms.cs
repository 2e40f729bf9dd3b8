namespace ChatBot.Core.Text;

/// <summary>
/// Whether a question has words the index can look up. ChatBot reads English: the tokenizer's stop words,
/// stemmer and equivalents are English, so a question with no term in Latin script (Chinese, Russian) or only
/// stop words ("what is it?") can find nothing, and must say so rather than refuse as if the stories were silent.
/// </summary>
public static class QuestionTerms
{
    /// <summary>True when <paramref name="question"/> has at least one term in Latin script or a number.</summary>
    public static bool HasIndexableWords(string question) => Tokenizer.Terms(question).Any(IsLatinOrNumber);

    // Latin letters run up to U+024F (Basic Latin to Latin Extended-B): "café", "Zürich" are read; "инженер" is not.
    private static bool IsLatinOrNumber(string term) => term.All(c => c < '\u0250');
}
