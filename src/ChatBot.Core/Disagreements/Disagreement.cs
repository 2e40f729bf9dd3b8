namespace ChatBot.Core.Disagreements;

/// <summary>
/// Stories that say different things about the same subject. Always at least two claims from two different
/// stories, each with a verified quote.
/// </summary>
/// <param name="Topic">What the claims are about, e.g. "engineers reassigned".</param>
/// <param name="Kind">"number", "date", "attribution", "event" or "stance".</param>
/// <param name="Claims">One entry per story side.</param>
/// <param name="Note">Extra context, e.g. which story is newer when their dates differ.</param>
/// <param name="Relation">"conflict" when both sides cannot be true; "compatible" when they differ but both can
/// hold (two lower bounds, a figure and its later revision).</param>
public sealed record Disagreement(string Topic, string Kind, IReadOnlyList<DisagreementClaim> Claims, string? Note = null, string Relation = DisagreementRelations.Conflict);

/// <summary>One side of a disagreement.</summary>
/// <param name="Value">The claimed value as written, e.g. "6,500".</param>
/// <param name="Qualifier">The hedge that came with it, e.g. "roughly" or "more than"; null when none.</param>
/// <param name="Quote">Verified verbatim quote: <c>story.Text[Start..End]</c>.</param>
/// <param name="Stance">For a stance disagreement, what the story does with the claim: "asserts", "refutes" or "reports"; null otherwise.</param>
/// <param name="DisplayName">How the story is named in prose (<see cref="Answering.SourceLabel"/>).</param>
public sealed record DisagreementClaim(
    string SourceId,
    string? Outlet,
    string? Title,
    string Value,
    string? Qualifier,
    string Quote,
    int Start,
    int End,
    DateTimeOffset? Published = null,
    string? Stance = null,
    string? DisplayName = null);

/// <summary>The values of <see cref="Disagreement.Kind"/>.</summary>
public static class DisagreementKinds
{
    public const string Number = "number";
    public const string Date = "date";
    public const string Attribution = "attribution";
    public const string Event = "event";
    public const string Stance = "stance";
}

/// <summary>The values of <see cref="Disagreement.Relation"/>.</summary>
public static class DisagreementRelations
{
    /// <summary>Both sides cannot be true: 6,500 against 7,000 reassigned; a claim asserted and refuted.</summary>
    public const string Conflict = "conflict";

    /// <summary>The sides differ but can both hold: "over 1,600" and "more than 1,000"; a figure and its revision.</summary>
    public const string Compatible = "compatible";
}
