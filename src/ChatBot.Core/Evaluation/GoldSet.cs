using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatBot.Core.Evaluation;

/// <summary>A question set: a corpus and questions with what a good answer must contain (../shared/eval/README.md).</summary>
public sealed record GoldSet(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("corpus")] string Corpus,
    [property: JsonPropertyName("questions")] IReadOnlyList<GoldQuestion> Questions)
{
    private static readonly JsonSerializerOptions ReadOptions = new() { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads a set, with a clear error when the file is not one.</summary>
    public static GoldSet Load(string path)
    {
        try
        {
            var set = JsonSerializer.Deserialize<GoldSet>(File.ReadAllText(path), ReadOptions);
            if (set?.Questions is null || string.IsNullOrWhiteSpace(set.Corpus))
            {
                throw new InvalidDataException($"{path} is not a question set: it needs \"corpus\" and \"questions\".");
            }

            return set;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not valid JSON: {e.Message}", e);
        }
    }
}

/// <summary>One question of a set; groups are alternatives of which one must be met.</summary>
public sealed record GoldQuestion(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("facts")] IReadOnlyList<IReadOnlyList<string>>? Facts = null,
    [property: JsonPropertyName("cite")] IReadOnlyList<IReadOnlyList<string>>? Cite = null,
    [property: JsonPropertyName("relevant")] IReadOnlyList<string>? Relevant = null,
    [property: JsonPropertyName("disagreement")] GoldDisagreement? Disagreement = null)
{
    public bool IsUnanswerable => Kind.Equals("unanswerable", StringComparison.OrdinalIgnoreCase);

    public bool IsSummary => Kind.Equals("summary", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Whether a disagreement is expected, and the values its claims must contain.</summary>
public sealed record GoldDisagreement(
    [property: JsonPropertyName("expected")] bool Expected,
    [property: JsonPropertyName("values")] IReadOnlyList<IReadOnlyList<string>>? Values = null);
