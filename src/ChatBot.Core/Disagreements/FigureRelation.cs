namespace ChatBot.Core.Disagreements;

/// <summary>
/// Whether differing figures can all be true. Bounds in the same direction can ("over 1,600" and "more than
/// 1,000" signed: both are lower bounds), and so can a bound and a figure on its side of it; exact figures,
/// and bounds that exclude one another, cannot.
/// </summary>
public static class FigureRelation
{
    /// <summary>The relation of the claims' figures: <see cref="DisagreementRelations"/>.</summary>
    public static string Of(IReadOnlyList<NumericClaim> claims)
    {
        for (var i = 0; i < claims.Count; i++)
        {
            for (var j = i + 1; j < claims.Count; j++)
            {
                if (!CanBothHold(claims[i], claims[j])) return DisagreementRelations.Conflict;
            }
        }

        return DisagreementRelations.Compatible;
    }

    private static bool CanBothHold(NumericClaim a, NumericClaim b)
    {
        if (DisagreementDetector.SameFigure(a.Value, b.Value)) return true;
        var (low, high) = a.Value < b.Value ? (a, b) : (b, a);
        // The true figure must satisfy both: "more than 1,000" and "more than 1,600" hold at 1,700.
        var lowBound = Bound(low.Qualifier);
        var highBound = Bound(high.Qualifier);
        return lowBound == Direction.AtLeast && highBound != Direction.AtMost
            || highBound == Direction.AtMost && lowBound != Direction.AtLeast;
    }

    private enum Direction { Exact, AtLeast, AtMost }

    private static Direction Bound(string? qualifier) => qualifier?.Trim().ToLowerInvariant() switch
    {
        "over" or "more than" or "at least" or "just over" or "upwards of" => Direction.AtLeast,
        "less than" or "fewer than" or "at most" or "up to" or "just under" or "as many as" => Direction.AtMost,
        _ => Direction.Exact,
    };
}
