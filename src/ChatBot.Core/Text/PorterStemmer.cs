namespace ChatBot.Core.Text;

/// <summary>
/// The Porter (1980) stemmer, so that "reassigned", "reassigning" and "reassignment" meet in one index term.
/// Input is a lower-case ASCII word; anything else is returned unchanged.
/// </summary>
/// <remarks>
/// Lucene.Net.Analysis.Common's PorterStemFilter replaced a hand-written copy of the algorithm: on the 48,572
/// distinct words of the rtqa2023 and fnc-train corpora both gave the same stem for every word, so every eval
/// figure stayed the same, and Lucene's stems the corpora's 1.2 M terms faster (bench/STEMMER.md). KStemFilter
/// was measured too and lost citation recall (fnc-train 0.82 to 0.79); the possessive filter is not needed, as
/// <see cref="Tokenizer.Words"/> already drops a possessive 's before stemming, and Lucene's tokenizers are not
/// used because they would split "6,500" from "6500", which the index must treat as one term.
/// </remarks>
public static class PorterStemmer
{
    // Analyzer is disposable; this one lives as long as the process, like the index terms it makes.
    private static readonly PorterStemAnalyzer Analyzer = new();

    /// <summary>Stems one lower-case word.</summary>
    public static string Stem(string word) =>
        word.Length <= 2 || !word.All(c => c is >= 'a' and <= 'z') ? word : Analyzer.Stem(word);
}
