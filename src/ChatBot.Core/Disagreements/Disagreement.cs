namespace ChatBot.Core.Disagreements;

/// <summary>
/// Stories that say different things about the same subject. Always at least two claims from two different
/// stories, each with a verified quote.
/// </summary>
/// <param name="Topic">What the claims are about, e.g. "engineers reassigned".</param>
/// <param name="Kind">"number", "date", "attribution" or "event".</param>
/// <param name="Claims">One entry per story side.</param>
/// <param name="Note">Extra context, e.g. which story is newer when their dates differ.</param>
public sealed record Disagreement(string Topic, string Kind, IReadOnlyList<DisagreementClaim> Claims, string? Note = null);

/// <summary>One side of a disagreement.</summary>
/// <param name="Value">The claimed value as written, e.g. "6,500".</param>
/// <param name="Qualifier">The hedge that came with it, e.g. "roughly" or "more than"; null when none.</param>
/// <param name="Quote">Verified verbatim quote: <c>story.Text[Start..End]</c>.</param>
public sealed record DisagreementClaim(
    string SourceId,
    string? Outlet,
    string? Title,
    string Value,
    string? Qualifier,
    string Quote,
    int Start,
    int End,
    DateTimeOffset? Published = null);

/// <summary>The values of <see cref="Disagreement.Kind"/>.</summary>
public static class DisagreementKinds
{
    public const string Number = "number";
    public const string Date = "date";
    public const string Attribution = "attribution";
    public const string Event = "event";
}
