using ChatBot.Core.Chunking;

namespace ChatBot.Core.Disagreements;

/// <summary>
/// A number a story states about something: "roughly 6,500 engineers ... reassigned".
/// </summary>
/// <param name="Sentence">Span of the sentence that states it, in the story text.</param>
/// <param name="Value">The number in base units (6,500 → 6500; $1.2 billion → 1.2e9).</param>
/// <param name="ValueText">The number as written, with its currency, scale and percent sign.</param>
/// <param name="Qualifier">Hedge words before the number ("roughly", "more than"), or null.</param>
/// <param name="Category">What kind of thing is counted: "people", "money", "percent", or the counted noun's stem.</param>
/// <param name="Counted">The counted noun as written ("engineers"), or null.</param>
/// <param name="Predicate">Stem of the verb the count goes with ("reassign"), or null when none is near.</param>
/// <param name="PredicateText">That verb as written ("reassigned").</param>
/// <param name="ValueSpan">Where the number stands in its sentence (offsets within the sentence).</param>
public sealed record NumericClaim(
    string StoryId,
    TextSpan Sentence,
    double Value,
    string ValueText,
    string? Qualifier,
    string Category,
    string? Counted,
    string? Predicate,
    string? PredicateText,
    TextSpan ValueSpan);
