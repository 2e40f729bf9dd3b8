using ChatBot.Core.Retrieval;
using ChatBot.Core.Stories;

namespace ChatBot.Core.Answering;

/// <summary>What an <see cref="IAnswerStrategy"/> answers from.</summary>
/// <param name="Passages">The retrieved passages, best first.</param>
/// <param name="Evidence">Their sentences scored against the question, best first.</param>
/// <param name="Stories">The retrieved stories still indexed, by id: quotes are verified against them.</param>
/// <param name="Origins">Each story's origin (itself, or the story it copies), by id.</param>
public sealed record AnswerEvidence(
    QuestionProfile Profile,
    IReadOnlyList<RetrievedPassage> Passages,
    IReadOnlyList<EvidenceSentence> Evidence,
    IReadOnlyDictionary<string, Story> Stories,
    IReadOnlyDictionary<string, string> Origins)
{
    /// <summary>The question as asked.</summary>
    public string Question => Profile.Question;
}
