using System.Text.Json;
using ChatBot.Discord.Feedback;
using ChatBot.Tests.Support;

namespace ChatBot.Tests.Cli;

public class FeedbackExportTests
{
    private static readonly DateTimeOffset At = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Feedback_export_writes_the_answers_marked_wrong_as_a_set_that_eval_accepts()
    {
        using var workspace = new SeedsWorkspace();
        var store = new SqliteFeedbackStore(Path.Combine(workspace.Path, "data", "chatbot.db"));
        await KeepAsync(store, "1", "How many Meta engineers were reassigned to produce AI training data?", "000_1672a1b89c55d888.txt");
        await KeepAsync(store, "2", "How many employees signed the petition?", "002_e4c26bd9cbecf148.txt");
        await KeepAsync(store, "3", "How many Meta employees were laid off?", "004_2379632f68b9ef2c.txt");
        await store.VoteAsync("1", "u1", FeedbackVotes.WrongQuote, At);
        await store.VoteAsync("1", "u2", FeedbackVotes.Helpful, At);
        await store.VoteAsync("2", "u1", FeedbackVotes.NotADisagreement, At);
        await store.VoteAsync("3", "u1", FeedbackVotes.WrongQuote, At);
        await store.VoteAsync("3", "u1", FeedbackVotes.Helpful, At); // Changed their mind: no longer a complaint.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var setPath = Path.Combine(workspace.Path, "feedback.json");

        var export = await CliRunner.RunAsync(workspace.Path, null, "feedback", "export", "--out", setPath);

        Assert.True(export.ExitCode == 0, export.Error);
        using (var set = JsonDocument.Parse(File.ReadAllText(setPath)))
        {
            var questions = set.RootElement.GetProperty("questions").EnumerateArray().ToList();
            Assert.Equal("seeds", set.RootElement.GetProperty("corpus").GetString());
            Assert.Equal(["feedback-1", "feedback-2"], questions.Select(q => q.GetProperty("id").GetString()));
            Assert.Equal("How many Meta engineers were reassigned to produce AI training data?", questions[0].GetProperty("question").GetString());
            Assert.Equal("answer", questions[0].GetProperty("kind").GetString());
            Assert.Equal(0, questions[0].GetProperty("facts").GetArrayLength());
            Assert.Equal(["000_1672a1b89c55d888.txt"], questions[0].GetProperty("relevant").EnumerateArray().Select(r => r.GetString()));
            Assert.False(questions[0].TryGetProperty("disagreement", out _));
            Assert.False(questions[1].GetProperty("disagreement").GetProperty("expected").GetBoolean());
        }

        var eval = await CliRunner.RunAsync(workspace.Path, null, "eval", "--gold", setPath);

        Assert.True(eval.ExitCode == 0, eval.Error);
        Assert.Contains("eval feedback (2 questions", eval.Output, StringComparison.Ordinal);
        Assert.Contains("feedback-1", eval.Output, StringComparison.Ordinal);
    }

    private static Task KeepAsync(SqliteFeedbackStore store, string id, string question, string cited) =>
        store.RecordAnswerAsync(new FeedbackAnswer(id, QuestionKinds.Answer, question, [cited], "{}", At));
}
