using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace ChatBot.Tests.Worker;

/// <summary>
/// The real executable, killed with SIGKILL in the middle of indexing a big folder, then run again: no story
/// is half-indexed and none is duplicated, because each story is written in one transaction and ids are derived.
/// </summary>
public sealed class KilledIndexingTests : IDisposable
{
    private readonly StoryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Killing_the_process_during_a_reindex_then_rerunning_leaves_no_half_indexed_story_and_no_duplicate()
    {
        _folder.Generate(3000, paragraphs: 4);

        using (var first = Start())
        {
            // Kill once a good part, but not all, of the folder is in.
            await WorkerHost.EventuallyAsync(async () => await CountStoriesAsync() >= 300 || first.HasExited, "the first run to be well under way", TimeSpan.FromSeconds(40));
            Assert.False(first.HasExited, "the first run finished before it could be killed; generate more stories");
            first.Kill(); // SIGKILL on Unix: no chance to clean up.
            await first.WaitForExitAsync();
        }

        var (afterKill, killProblems) = await IndexConsistency.CheckAsync(_folder.DatabasePath);
        Assert.Empty(killProblems);
        Assert.InRange(afterKill, 300, 2999);

        using (var second = Start())
        {
            await second.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal(0, second.ExitCode);
        }

        var (stories, problems) = await IndexConsistency.CheckAsync(_folder.DatabasePath);
        Assert.Empty(problems);
        Assert.Equal(3000, stories);
    }

    private Process Start()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _folder.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "chatbot.dll"), "index", "--source", _folder.Stories, "--db", _folder.DatabasePath }) start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        // Drain the pipes so the child never blocks on a full buffer.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task<int> CountStoriesAsync()
    {
        if (!File.Exists(_folder.DatabasePath)) return 0;
        try
        {
            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _folder.DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM stories";
            return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            // The schema is not created yet.
            return 0;
        }
    }
}
