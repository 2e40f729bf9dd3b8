using System.Text.RegularExpressions;
using ChatBot.Core.Index;

namespace ChatBot.Core.Answering;

/// <summary>
/// What a question asks for: its terms weighted by rarity in the corpus, and whether it asks for a quantity
/// (then the answer must contain a number, and numeric disagreements are about what was asked).
/// </summary>
public sealed partial record QuestionProfile(string Question, IReadOnlyDictionary<string, double> TermWeights, bool AsksForQuantity)
{
    /// <summary>Sum of all term weights: the question's information.</summary>
    public double TotalWeight => TermWeights.Values.Sum();

    /// <summary>Builds the profile from the question's terms and the corpus statistics.</summary>
    public static QuestionProfile Create(string question, IReadOnlyList<string> terms, TermStatistics statistics) => new(
        question,
        terms.Distinct(StringComparer.Ordinal).ToDictionary(t => t, statistics.InverseDocumentFrequency, StringComparer.Ordinal),
        QuantityQuestion().IsMatch(question));

    /// <summary>Share of the question's weight found among <paramref name="terms"/>.</summary>
    public double CoverageOf(IReadOnlySet<string> terms)
    {
        var total = TotalWeight;
        return total <= 0 ? 0 : TermWeights.Where(p => terms.Contains(p.Key)).Sum(p => p.Value) / total;
    }

    [GeneratedRegex(@"\b(how (many|much|large|big|long|far|old|high|low)|what (number|percentage|percent|share|proportion|amount|sum|figure|total|price|cost)|by how much)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuantityQuestion();
}
