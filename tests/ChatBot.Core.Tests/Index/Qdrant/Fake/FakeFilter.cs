using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatBot.Core.Tests.Index.Qdrant.Fake;

/// <summary>
/// Qdrant's filter semantics for the conditions the client uses: must / should / must_not, nested filters,
/// <c>match</c> (value, any, except), <c>range</c> on numbers and RFC 3339 datetimes, and <c>has_id</c>.
/// A condition on a missing field fails; on an array field it holds when any element satisfies it.
/// </summary>
public static class FakeFilter
{
    public static bool Matches(JsonNode? filter, FakePoint point)
    {
        if (filter is not JsonObject f) return true;
        var must = Conditions(f["must"]);
        var should = Conditions(f["should"]);
        var mustNot = Conditions(f["must_not"]);
        return must.All(c => Condition(c, point))
            && (should.Count == 0 || should.Any(c => Condition(c, point)))
            && !mustNot.Any(c => Condition(c, point));
    }

    private static List<JsonNode> Conditions(JsonNode? node) => node switch
    {
        null => [],
        JsonArray array => array.OfType<JsonNode>().ToList(),
        _ => [node],
    };

    private static bool Condition(JsonNode condition, FakePoint point)
    {
        if (condition is not JsonObject c) throw new FakeQdrantException(400, "Format error in JSON body: condition is not an object");
        if (c.ContainsKey("must") || c.ContainsKey("should") || c.ContainsKey("must_not")) return Matches(c, point);
        if (c["has_id"] is JsonArray ids) return ids.Any(id => id?.ToString() == point.Id);

        var key = c["key"]?.GetValue<string>() ?? throw new FakeQdrantException(400, "Format error in JSON body: condition without key");
        var values = Values(point.Payload[key]);
        if (c["match"] is JsonObject match) return Match(match, values);
        if (c["range"] is JsonObject range) return values.Any(v => InRange(range, v));
        throw new FakeQdrantException(400, $"The fake Qdrant does not implement this condition: {c.ToJsonString()}");
    }

    private static List<JsonNode> Values(JsonNode? value) => value switch
    {
        null => [],
        JsonArray array => array.OfType<JsonNode>().ToList(),
        _ => [value],
    };

    private static bool Match(JsonObject match, List<JsonNode> values)
    {
        if (match.TryGetPropertyValue("value", out var expected)) return values.Any(v => SameValue(v, expected));
        if (match["any"] is JsonArray any) return values.Any(v => any.Any(e => SameValue(v, e)));
        if (match["except"] is JsonArray except) return values.Count > 0 && !values.Any(v => except.Any(e => SameValue(v, e)));
        throw new FakeQdrantException(400, $"The fake Qdrant does not implement this match: {match.ToJsonString()}");
    }

    private static bool SameValue(JsonNode actual, JsonNode? expected) =>
        expected is not null && actual.GetValueKind() == expected.GetValueKind() && JsonNode.DeepEquals(actual, expected);

    private static bool InRange(JsonObject range, JsonNode value)
    {
        foreach (var (op, boundNode) in range)
        {
            if (boundNode is null) continue;
            var comparison = Compare(value, boundNode);
            if (comparison is null) return false;
            var ok = op switch
            {
                "gt" => comparison > 0,
                "gte" => comparison >= 0,
                "lt" => comparison < 0,
                "lte" => comparison <= 0,
                _ => throw new FakeQdrantException(400, $"Unknown range operator {op}"),
            };
            if (!ok) return false;
        }

        return true;
    }

    /// <summary>Compares a payload value with a bound: numbers as numbers, strings as datetimes; null when they do not compare.</summary>
    private static int? Compare(JsonNode value, JsonNode bound)
    {
        if (bound.GetValueKind() == JsonValueKind.Number)
        {
            return value.GetValueKind() == JsonValueKind.Number ? value.GetValue<double>().CompareTo(bound.GetValue<double>()) : null;
        }

        if (value.GetValueKind() != JsonValueKind.String) return null;
        var styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;
        if (!DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, styles, out var left)) return null;
        if (!DateTimeOffset.TryParse(bound.GetValue<string>(), CultureInfo.InvariantCulture, styles, out var right))
        {
            throw new FakeQdrantException(400, $"Format error in JSON body: not a datetime: {bound}");
        }

        return left.UtcDateTime.CompareTo(right.UtcDateTime);
    }
}
