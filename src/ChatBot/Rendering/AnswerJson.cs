using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChatBot.Core.Answering;

namespace ChatBot.Rendering;

/// <summary>
/// The JSON contract of <c>ask --json</c> and <c>eval --out</c>: the <see cref="Answer"/> record in snake_case.
/// Documented in README ("JSON answer format"); fields are only ever added, never renamed.
/// </summary>
public static class AnswerJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // Quotes keep their typographic marks readable; output is not embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
