using System.Globalization;
using System.Text.Json;
using ChatBot.Core.Index.Sqlite;
using Microsoft.Data.Sqlite;

namespace ChatBot.Discord.Feedback;

/// <summary>Feedback in two tables of the index database: feedback_answers (one row an answer) and feedback_votes (one row a user and answer).</summary>
public sealed class SqliteFeedbackStore(string databasePath) : IFeedbackStore
{
    private const string Create = """
        CREATE TABLE IF NOT EXISTS feedback_answers(
            answer_id TEXT PRIMARY KEY, kind TEXT NOT NULL, question TEXT NOT NULL, cited_sources TEXT NOT NULL,
            answer_json TEXT NOT NULL, answered_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS feedback_votes(
            answer_id TEXT NOT NULL REFERENCES feedback_answers(answer_id), user_id TEXT NOT NULL, vote TEXT NOT NULL,
            voted_at TEXT NOT NULL, PRIMARY KEY(answer_id, user_id));
        """;

    private readonly SqliteTableStore _tables = new(databasePath, Create);

    public async Task RecordAnswerAsync(FeedbackAnswer answer, CancellationToken cancellationToken = default)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT OR REPLACE INTO feedback_answers(answer_id, kind, question, cited_sources, answer_json, answered_at)
            VALUES($id, $kind, $question, $cited, $json, $at)
            """;
        command.Parameters.AddWithValue("$id", answer.AnswerId);
        command.Parameters.AddWithValue("$kind", answer.Kind);
        command.Parameters.AddWithValue("$question", answer.Question);
        command.Parameters.AddWithValue("$cited", JsonSerializer.Serialize(answer.CitedSources));
        command.Parameters.AddWithValue("$json", answer.AnswerJson);
        command.Parameters.AddWithValue("$at", Format(answer.AnsweredAt));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<VoteOutcome> VoteAsync(
        string answerId, string userId, string vote, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var read = connection.CreateCommand();
        read.CommandText = """
            SELECT (SELECT COUNT(*) FROM feedback_answers WHERE answer_id = $id),
                   (SELECT vote FROM feedback_votes WHERE answer_id = $id AND user_id = $user)
            """;
        read.Parameters.AddWithValue("$id", answerId);
        read.Parameters.AddWithValue("$user", userId);
        string? previous;
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            if (reader.GetInt64(0) == 0)
            {
                return VoteOutcome.UnknownAnswer;
            }

            previous = reader.IsDBNull(1) ? null : reader.GetString(1);
        }

        await using var write = connection.CreateCommand();
        write.CommandText = "INSERT OR REPLACE INTO feedback_votes(answer_id, user_id, vote, voted_at) VALUES($id, $user, $vote, $at)";
        write.Parameters.AddWithValue("$id", answerId);
        write.Parameters.AddWithValue("$user", userId);
        write.Parameters.AddWithValue("$vote", vote);
        write.Parameters.AddWithValue("$at", Format(at));
        await write.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return previous is null ? VoteOutcome.Recorded : previous == vote ? VoteOutcome.Unchanged : VoteOutcome.Changed;
    }

    public async Task<IReadOnlyList<FeedbackComplaint>> ComplaintsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _tables.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT a.answer_id, a.kind, a.question, a.cited_sources, group_concat(DISTINCT v.vote)
            FROM feedback_answers a JOIN feedback_votes v ON v.answer_id = a.answer_id
            WHERE v.vote IN ($wrong, $notDisagreement)
            GROUP BY a.answer_id ORDER BY a.answered_at, a.answer_id
            """;
        command.Parameters.AddWithValue("$wrong", FeedbackVotes.WrongQuote);
        command.Parameters.AddWithValue("$notDisagreement", FeedbackVotes.NotADisagreement);
        var complaints = new List<FeedbackComplaint>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            complaints.Add(new FeedbackComplaint(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                JsonSerializer.Deserialize<List<string>>(reader.GetString(3)) ?? [],
                [.. reader.GetString(4).Split(',').Order(StringComparer.Ordinal)]));
        }

        return complaints;
    }

    private static string Format(DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}
