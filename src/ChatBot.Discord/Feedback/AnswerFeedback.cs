using System.Text.Encodings.Web;
using System.Text.Json;
using ChatBot.Core.Answering;
using ChatBot.Discord.Rendering;
using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Feedback;

/// <summary>
/// Puts the feedback buttons under an answer and keeps the answer (question, cited stories, JSON) so the votes can
/// be stored with it. Keeping is started beside the reply, not before it, so the database never delays an answer
/// past Discord's 3 s; a vote finds the answer kept well before anyone can click. When the answer cannot be kept,
/// the failure is logged and a later vote is told so.
/// </summary>
internal sealed class AnswerFeedback(IFeedbackStore store, TimeProvider time, ILogger<AnswerFeedback> logger)
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

    /// <summary>Keeps the answer for its votes; never throws for a database problem (it is logged).</summary>
    public async Task KeepAsync(string answerId, string kind, Answer answer, CancellationToken cancellationToken = default)
    {
        try
        {
            var cited = answer.Citations.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).ToList();
            await store.RecordAnswerAsync(
                new FeedbackAnswer(answerId, kind, answer.Question, cited, JsonSerializer.Serialize(answer, AnswerJson), time.GetUtcNow()),
                cancellationToken);
            FeedbackLog.AnswerKept(logger, answerId);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
        {
            FeedbackLog.AnswerNotKept(logger, e, answerId);
        }
    }
}
