namespace ChatBot.Core.Text;

/// <summary>
/// Whether a question has words the index can look up. ChatBot reads English: the tokenizer's stop words,
/// stemmer and equivalents are English, so a question with no term in Latin script (Chinese, Russian) or only
/// stop words ("what is it?") can find nothing, and must say so rather than refuse as if the stories were silent.
/// </summary>
public static class QuestionTerms
{
    /// <summary>What the CLI and the bot say for a question with no indexable word, so both say the same.</summary>
    public const string NoIndexableWords = "The question has no words ChatBot can look up: it reads English, and words such as 'what' or 'the' alone say nothing to search for. Ask in English, naming what you want to know.";

    /// <summary>True when <paramref name="question"/> has at least one term in Latin script or a number.</summary>
    public static bool HasIndexableWords(string question) => Tokenizer.Terms(question).Any(IsLatinOrNumber);

    /// <summary>
    /// True when <paramref name="question"/> has words but none the index reads (another script): the case the bot
    /// answers with <see cref="NoIndexableWords"/>. A question of stop words only is left to the answer service there.
    /// </summary>
    public static bool IsOnlyUnreadScript(string question) =>
        Tokenizer.Terms(question) is { Count: > 0 } terms && !terms.Any(IsLatinOrNumber);

    // Latin letters run up to U+024F (Basic Latin to Latin Extended-B): "café", "Zürich" are read; "инженер" is not.
    private static bool IsLatinOrNumber(string term) => term.All(c => c < '\u0250');
}
