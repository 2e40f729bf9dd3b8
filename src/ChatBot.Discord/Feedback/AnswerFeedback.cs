using System.Text.Encodings.Web;
using System.Text.Json;
using ChatBot.Core.Answering;
using ChatBot.Discord.Rendering;

namespace ChatBot.Discord.Feedback;

/// <summary>
/// Puts the feedback buttons under an answer and keeps the answer (question, cited stories, JSON) so the votes can
/// be stored with it; the write is queued (<see cref="FeedbackAnswerWriter"/>), so the database never delays an answer.
/// </summary>
internal sealed class AnswerFeedback(FeedbackAnswerWriter writer, TimeProvider time)
{
    private static readonly JsonSerializerOptions AnswerJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        // The JSON is read by people exporting complaints; it never reaches HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The messages with the feedback buttons under the last one. Pure.</summary>
    public static IReadOnlyList<RenderedMessage> WithButtons(string answerId, IReadOnlyList<RenderedMessage> messages) =>
        messages.Count == 0 ? messages : [.. messages.SkipLast(1), messages[^1] with { Components = [FeedbackButtons.Row(answerId)] }];

    /// <summary>Queues the answer to be kept for its votes.</summary>
    public void Keep(string answerId, string kind, Answer answer)
    {
        var cited = answer.Citations.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).ToList();
        writer.Enqueue(new FeedbackAnswer(answerId, kind, answer.Question, cited, JsonSerializer.Serialize(answer, AnswerJson), time.GetUtcNow()));
    }
}
