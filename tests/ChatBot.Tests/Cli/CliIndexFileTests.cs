using System.Security.Cryptography;
using ChatBot.Tests.Support;
using Microsoft.Data.Sqlite;

namespace ChatBot.Tests.Cli;

/// <summary>An index file that cannot be used as it is: one sentence, exit 3, and the file exactly as it was.</summary>
public class CliIndexFileTests
{
    private const string Question = "How many Meta engineers were reassigned to produce AI training data?";

    [Fact]
    public async Task Serve_with_an_index_file_that_cannot_be_opened_exits_3_with_the_sentence_index_gives()
    {
        using var workspace = new SeedsWorkspace();
        Directory.CreateDirectory(Path.Combine(workspace.Path, "data"));
        File.WriteAllText(Path.Combine(workspace.Path, "data", "chatbot.db"), "not a database, just words in a file");
        var discord = new Dictionary<string, string> { ["ChatBot__Discord__Token"] = "test-token", ["ChatBot__Discord__ApplicationId"] = "1" };

        var index = await CliRunner.RunAsync(workspace.Path, null, "index");
        var serve = await CliRunner.RunAsync(workspace.Path, discord, "serve");

        Assert.Equal((3, 3), (index.ExitCode, serve.ExitCode));
        var sentence = Assert.Single(index.ErrorLines);
        Assert.Equal([sentence], serve.ErrorLines);
        Assert.StartsWith("The index file", sentence);
    }

    [Fact]
    public async Task A_garbage_file_at_the_index_path_is_one_sentence_exit_3_and_left_unchanged()
    {
        using var workspace = new SeedsWorkspace();
        var database = Path.Combine(workspace.Path, "data", "chatbot.db");
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        File.WriteAllText(database, "these are my notes, not an index\n");
        var before = Hash(database);

        foreach (var args in new[] { new[] { "index" }, ["sources"], ["ask", Question], ["ask", "--no-refresh", Question], ["summarize"] })
        {
            var result = await CliRunner.RunAsync(workspace.Path, null, args);

            Assert.True(result.ExitCode == 3, $"{args[0]}: exit {result.ExitCode}: {result.Error}");
            var line = Assert.Single(result.ErrorLines);
            Assert.Contains($"The index file {database} is not a ChatBot index", line);
            Assert.Contains("move it away", line);
        }

        Assert.Equal(before, Hash(database));
    }

    [Fact]
    public async Task An_index_of_a_newer_schema_is_refused_and_left_unchanged()
    {
        using var workspace = new SeedsWorkspace();
        var database = Path.Combine(workspace.Path, "data", "chatbot.db");
        Assert.Equal(0, (await CliRunner.RunAsync(workspace.Path, null, "index")).ExitCode);
        await using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE meta SET value = '99' WHERE key = 'schema_version'; PRAGMA wal_checkpoint(TRUNCATE);";
            await command.ExecuteNonQueryAsync();
        }

        var before = Hash(database);

        foreach (var args in new[] { new[] { "index" }, ["ask", "--no-refresh", Question], ["sources"] })
        {
            var result = await CliRunner.RunAsync(workspace.Path, null, args);

            Assert.True(result.ExitCode == 3, $"{args[0]}: exit {result.ExitCode}: {result.Error}");
            Assert.Contains("was written by a newer ChatBot (schema 99; this one reads 2)", Assert.Single(result.ErrorLines));
        }

        Assert.Equal(before, Hash(database));
    }

    [ReadOnlyMountFact]
    public async Task Reading_verbs_work_on_a_read_only_disk_and_writing_ones_say_it_cannot_be_written()
    {
        using var workspace = new SeedsWorkspace();
        var data = Path.Combine(workspace.Path, "data");
        Assert.Equal(0, (await CliRunner.RunAsync(workspace.Path, null, "index")).ExitCode);
        var before = Hash(Path.Combine(data, "chatbot.db"));
        var files = Directory.GetFiles(data);

        var sources = await CliRunner.RunOnReadOnlyFolderAsync(workspace.Path, data, "sources");
        var ask = await CliRunner.RunOnReadOnlyFolderAsync(workspace.Path, data, "ask", "--no-refresh", Question);
        var summarize = await CliRunner.RunOnReadOnlyFolderAsync(workspace.Path, data, "summarize", "--no-refresh");
        var index = await CliRunner.RunOnReadOnlyFolderAsync(workspace.Path, data, "index");

        Assert.True(sources.ExitCode == 0, sources.Error);
        Assert.Contains("5 stories.", sources.Output);
        Assert.True(ask.ExitCode == 0, ask.Error);
        Assert.Contains("roughly 6,500", ask.Output);
        Assert.True(summarize.ExitCode == 0, summarize.Error);
        Assert.Empty(sources.ErrorLines.Concat(ask.ErrorLines).Concat(summarize.ErrorLines));
        Assert.Equal(3, index.ExitCode);
        Assert.Contains("cannot be written (a read-only file, folder or disk)", Assert.Single(index.ErrorLines));
        Assert.Equal(before, Hash(Path.Combine(data, "chatbot.db")));
        Assert.Equal(files, Directory.GetFiles(data));
    }

    [Fact]
    public async Task Reading_verbs_leave_the_index_file_byte_identical()
    {
        using var workspace = new SeedsWorkspace();
        var database = Path.Combine(workspace.Path, "data", "chatbot.db");
        Assert.Equal(0, (await CliRunner.RunAsync(workspace.Path, null, "index")).ExitCode);
        var before = Hash(database);

        Assert.Equal(0, (await CliRunner.RunAsync(workspace.Path, null, "sources")).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync(workspace.Path, null, "ask", "--no-refresh", Question)).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync(workspace.Path, null, "summarize", "--no-refresh")).ExitCode);

        Assert.Equal(before, Hash(database));
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
