using ChatBot.Core.Retrieval;
using ChatBot.Core.Stories;

namespace ChatBot.Core.Answering;

/// <summary>What <see cref="EvidenceGatherer"/> found for a question, and how long retrieval took.</summary>
public sealed record GatheredEvidence(
    RetrievalResult Retrieval,
    QuestionProfile Profile,
    IReadOnlyDictionary<string, Story> Stories,
    IReadOnlyList<EvidenceSentence> Evidence,
    double RetrievalMs);
