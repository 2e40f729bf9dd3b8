using System.Text.Encodings.Web;
using System.Text.Json;
using ChatBot.Core.Answering;
using ChatBot.Discord.Rendering;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Feedback;

/// <summary>
/// Puts the feedback buttons under an answer and keeps the answer (question, cited stories, JSON) so the votes can
/// be stored with it. When the answer cannot be kept, it is sent without buttons rather than not at all.
/// </summary>
internal sealed class AnswerFeedback(IFeedbackStore store, TimeProvider time, ILogger<AnswerFeedback> logger)
{
    private static readonly JsonSerializerOptions AnswerJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        // The JSON is read by people exporting complaints; it never reaches HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<IReadOnlyList<RenderedMessage>> WithButtonsAsync(
        string answerId, string kind, Answer answer, IReadOnlyList<RenderedMessage> messages, CancellationToken cancellationToken = default)
    {
        if (messages.Count == 0)
        {
            return messages;
        }

        try
        {
            var cited = answer.Citations.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).ToList();
            await store.RecordAnswerAsync(
                new FeedbackAnswer(answerId, kind, answer.Question, cited, JsonSerializer.Serialize(answer, AnswerJson), time.GetUtcNow()),
                cancellationToken);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
        {
            FeedbackLog.AnswerNotKept(logger, e, answerId);
            return messages;
        }

        return [.. messages.SkipLast(1), messages[^1] with { Components = [FeedbackButtons.Row(answerId)] }];
    }
}
