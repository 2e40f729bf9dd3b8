using System.Globalization;
using Grpc.Core;
using Qdrant.Client.Grpc;

namespace ChatBot.Testing.Qdrant;

/// <summary>
/// Qdrant's filter semantics for the conditions the client uses: must / should / must_not, nested filters,
/// <c>match</c> (keyword, keywords, except, integer), <c>range</c> on numbers, <c>datetime_range</c> on RFC 3339
/// strings, and <c>has_id</c>. A condition on a missing field fails; on an array field it holds when any
/// element satisfies it.
/// </summary>
public static class FakeFilter
{
    public static bool Matches(Filter? filter, FakePoint point)
    {
        if (filter is null) return true;
        return filter.Must.All(c => Condition(c, point))
            && (filter.Should.Count == 0 || filter.Should.Any(c => Condition(c, point)))
            && !filter.MustNot.Any(c => Condition(c, point));
    }

    private static bool Condition(Condition condition, FakePoint point) => condition.ConditionOneOfCase switch
    {
        global::Qdrant.Client.Grpc.Condition.ConditionOneOfOneofCase.Filter => Matches(condition.Filter, point),
        global::Qdrant.Client.Grpc.Condition.ConditionOneOfOneofCase.HasId => condition.HasId.HasId.Any(id => FakeIds.Canonical(id) == point.Id),
        global::Qdrant.Client.Grpc.Condition.ConditionOneOfOneofCase.Field => Field(condition.Field, point),
        _ => throw Unimplemented($"condition {condition}"),
    };

    private static bool Field(FieldCondition field, FakePoint point)
    {
        var values = Values(point.Payload.TryGetValue(field.Key, out var value) ? value : null);
        if (field.Match is { } match) return Match(match, values);
        if (field.Range is { } range) return values.Any(v => InRange(range, v));
        if (field.DatetimeRange is { } dates) return values.Any(v => InRange(dates, v));
        throw Unimplemented($"field condition {field}");
    }

    private static List<Value> Values(Value? value) => value switch
    {
        null => [],
        { KindCase: Value.KindOneofCase.ListValue } => value.ListValue.Values.ToList(),
        _ => [value],
    };

    private static bool Match(Match match, List<Value> values) => match.MatchValueCase switch
    {
        global::Qdrant.Client.Grpc.Match.MatchValueOneofCase.Keyword => values.Any(v => IsString(v, match.Keyword)),
        global::Qdrant.Client.Grpc.Match.MatchValueOneofCase.Keywords => values.Any(v => match.Keywords.Strings.Any(k => IsString(v, k))),
        global::Qdrant.Client.Grpc.Match.MatchValueOneofCase.ExceptKeywords =>
            values.Count > 0 && !values.Any(v => match.ExceptKeywords.Strings.Any(k => IsString(v, k))),
        global::Qdrant.Client.Grpc.Match.MatchValueOneofCase.Integer =>
            values.Any(v => v.KindCase == Value.KindOneofCase.IntegerValue && v.IntegerValue == match.Integer),
        _ => throw Unimplemented($"match {match}"),
    };

    private static bool IsString(Value value, string expected) =>
        value.KindCase == Value.KindOneofCase.StringValue && value.StringValue == expected;

    private static bool InRange(global::Qdrant.Client.Grpc.Range range, Value value)
    {
        double? number = value.KindCase switch
        {
            Value.KindOneofCase.IntegerValue => value.IntegerValue,
            Value.KindOneofCase.DoubleValue => value.DoubleValue,
            _ => null,
        };
        if (number is not { } n) return false;
        return (!range.HasGt || n > range.Gt) && (!range.HasGte || n >= range.Gte)
            && (!range.HasLt || n < range.Lt) && (!range.HasLte || n <= range.Lte);
    }

    /// <summary>A datetime range holds for a string payload that parses as RFC 3339, compared as instants.</summary>
    private static bool InRange(DatetimeRange range, Value value)
    {
        if (value.KindCase != Value.KindOneofCase.StringValue) return false;
        var styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;
        if (!DateTimeOffset.TryParse(value.StringValue, CultureInfo.InvariantCulture, styles, out var parsed)) return false;
        var instant = parsed.UtcDateTime;
        return (range.Gt is null || instant > range.Gt.ToDateTime()) && (range.Gte is null || instant >= range.Gte.ToDateTime())
            && (range.Lt is null || instant < range.Lt.ToDateTime()) && (range.Lte is null || instant <= range.Lte.ToDateTime());
    }

    private static RpcException Unimplemented(string what) =>
        new(new Status(StatusCode.Unimplemented, $"The fake Qdrant does not implement this {what}"));
}
