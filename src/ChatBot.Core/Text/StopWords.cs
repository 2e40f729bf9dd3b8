namespace ChatBot.Core.Text;

/// <summary>
/// English function words and question words that carry no topic. Applied after lower-casing,
/// before stemming.
/// </summary>
public static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
        "can", "could", "did", "do", "does", "doing", "down", "during",
        "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
        "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself",
        "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once",
        "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so",
        "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there",
        "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we",
        "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would",
        "you", "your", "yours", "yourself", "yourselves", "s", "t", "also", "many", "much", "whose", "may",
        "might", "must", "shall", "tell", "say", "said", "says", "according", "did", "does", "happened",
        "happen", "story", "stories", "report", "reported", "reports", "news", "article",
        // Hedges carry no topic: "roughly 6,500" and "6,500" are about the same thing.
        "roughly", "approximately", "nearly", "almost", "around", "another", "estimated", "least",
    };

    /// <summary>True when the lower-cased word carries no topic.</summary>
    public static bool Contains(string lowerCaseWord) => Words.Contains(lowerCaseWord);
}
