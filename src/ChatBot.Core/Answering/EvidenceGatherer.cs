using ChatBot.Core.Index;
using ChatBot.Core.Retrieval;

namespace ChatBot.Core.Answering;

/// <summary>What a question is answered from: the passages retrieved, the question's profile, the retrieved stories, and their sentences scored.</summary>
public sealed class EvidenceGatherer(Retriever retriever, IStoryIndex index, TimeProvider timeProvider)
{
    private readonly StoryNameTermsCache _nameTerms = new();

    /// <summary>Retrieves and scores the evidence for <paramref name="question"/> within <paramref name="filter"/>.</summary>
    public async Task<GatheredEvidence> GatherAsync(string question, IndexFilter? filter, CancellationToken cancellationToken = default)
    {
        var started = timeProvider.GetTimestamp();
        var retrieval = await retriever.RetrieveAsync(question, filter, cancellationToken);
        var retrievalMs = timeProvider.GetElapsedTime(started).TotalMilliseconds;
        var profile = QuestionProfile.Create(question, retrieval.QueryTerms, retrieval.Statistics);
        var stories = await StoryLoader.LoadAsync(index, retrieval.Passages.Select(p => p.StoryId), cancellationToken);
        var evidence = EvidenceScorer.Score(profile, retrieval.Passages, StoryNames.StoriesNaming(profile, stories, _nameTerms));
        return new GatheredEvidence(retrieval, profile, stories, evidence, retrievalMs);
    }
}
