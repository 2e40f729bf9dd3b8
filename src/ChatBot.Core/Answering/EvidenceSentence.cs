using ChatBot.Core.Answering.Candidates;
using ChatBot.Core.Chunking;
using ChatBot.Core.Disagreements;
using ChatBot.Core.Retrieval;

namespace ChatBot.Core.Answering;

/// <summary>
/// A sentence of a retrieved passage, located in its story, with how much of the question it covers and the
/// answer phrases it offers.
/// </summary>
/// <param name="Span">The sentence's span in the story text.</param>
/// <param name="Coverage">Share of the question's information (IDF-weighted terms) the sentence covers, its
/// neighbours and surroundings counting less, 0..1: how squarely it is about the question.</param>
/// <param name="OwnCoverage">The same, counting only the sentence's own words.</param>
/// <param name="PassageCoverage">The same over the sentence with its passage and the story's title, all counting fully:
/// whether the sentence's surroundings are about what was asked, as the refusal rule reads it for a phrase or a claim.</param>
/// <param name="NamesEntities">True when the sentence's story names every name the question mentions.</param>
/// <param name="Focus">For a quantity question, how squarely the sentence's number counts what was asked (0 when not).</param>
/// <param name="Claims">For a quantity question, the numbers the sentence states (spans in the story); empty otherwise.</param>
/// <param name="Candidates">Phrases of the wanted kind that the question does not already say (spans in the sentence).</param>
/// <param name="Score">Coverage plus small preferences (passage rank, answer type); used to order sentences.</param>
/// <param name="Terms">The sentence's distinct index terms.</param>
public sealed record EvidenceSentence(
    RetrievedPassage Passage,
    TextSpan Span,
    string Text,
    double Coverage,
    double OwnCoverage,
    double PassageCoverage,
    bool NamesEntities,
    double Focus,
    IReadOnlyList<NumericClaim> Claims,
    IReadOnlyList<AnswerCandidate> Candidates,
    double Score,
    IReadOnlySet<string> Terms)
{
    /// <summary>True when the sentence reads as prose (<see cref="QuoteShape"/>): only prose is quoted or answers.</summary>
    public bool IsProse { get; } = QuoteShape.IsProse(Text);

    /// <summary>The story the sentence belongs to.</summary>
    public string StoryId => Passage.StoryId;
}
