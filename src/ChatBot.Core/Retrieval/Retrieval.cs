using ChatBot.Core.Index;

namespace ChatBot.Core.Retrieval;

/// <summary>What retrieval found for a question: its terms, their corpus statistics, and diverse passages.</summary>
public sealed record RetrievalResult(IReadOnlyList<string> QueryTerms, TermStatistics Statistics, IReadOnlyList<RetrievedPassage> Passages);
