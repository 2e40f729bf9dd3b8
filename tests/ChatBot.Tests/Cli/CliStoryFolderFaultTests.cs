using ChatBot.Tests.Support;

namespace ChatBot.Tests.Cli;

/// <summary>Story folders with things in them that are not stories to read: reported with a reason, never a hang.</summary>
public class CliStoryFolderFaultTests
{
    private const string Question = "How many Meta engineers were reassigned to produce AI training data?";

    [Fact]
    public async Task A_named_pipe_in_the_story_folder_is_skipped_with_its_reason_and_the_rest_indexed()
    {
        using var workspace = new SeedsWorkspace();
        SpecialFiles.MakeFifo(Path.Combine(workspace.SeedsPath, "pipe.txt"));

        var index = await CliRunner.RunAsync(workspace.Path, null, "index");
        var ask = await CliRunner.RunAsync(workspace.Path, null, "ask", Question);

        Assert.Equal(1, index.ExitCode);
        Assert.Contains("5 added, 0 updated, 0 removed, 0 unchanged, 1 failed", index.Output);
        Assert.Contains("pipe.txt: a named pipe (FIFO), not a regular file: skipped", index.Output);
        Assert.Equal(0, ask.ExitCode);
        Assert.Contains("techcrunch.com", ask.Output);
    }

    [UnreadableFolderFact]
    public async Task An_unreadable_subfolder_is_reported_its_stories_kept_and_the_rest_indexed()
    {
        using var workspace = new SeedsWorkspace();
        var seeds = Directory.GetFiles(workspace.SeedsPath).Length;
        var archive = Path.Combine(workspace.SeedsPath, "archive");
        Directory.CreateDirectory(archive);
        File.WriteAllText(Path.Combine(archive, "ferry.txt"), "Harbour ferry returns\n\nThe harbour ferry returned to service on Sunday after a month of repairs.");
        var first = await CliRunner.RunAsync(workspace.Path, null, "index");
        UnreadableFolders.Make(archive);
        try
        {
            var index = await UnreadableFolders.RunAsync(workspace.Path, "index");

            Assert.Equal(0, first.ExitCode);
            Assert.Contains($"{seeds + 1} added", first.Output);
            Assert.Equal(1, index.ExitCode);
            Assert.Contains($"0 added, 0 updated, 0 removed, {seeds} unchanged, 1 failed", index.Output);
            Assert.Contains($"failed: {archive}: permission denied: the folder cannot be read", index.Output);
        }
        finally
        {
            UnreadableFolders.Restore(archive);
        }
    }

    [Fact]
    public async Task A_dangling_symbolic_link_is_reported_and_the_rest_indexed()
    {
        using var workspace = new SeedsWorkspace();
        File.CreateSymbolicLink(Path.Combine(workspace.SeedsPath, "moved.txt"), Path.Combine(workspace.Path, "nowhere.txt"));

        var index = await CliRunner.RunAsync(workspace.Path, null, "index");

        Assert.Equal(1, index.ExitCode);
        Assert.Contains("5 added", index.Output);
        Assert.Contains("moved.txt: a symbolic link to", index.Output);
        Assert.Contains("which does not exist", index.Output);
    }

    [Fact]
    public async Task A_file_given_where_a_folder_is_wanted_is_one_sentence_and_a_usage_error()
    {
        using var workspace = new SeedsWorkspace();
        var file = Directory.GetFiles(workspace.SeedsPath)[0];

        var index = await CliRunner.RunAsync(workspace.Path, null, "index", "--source", file);
        var ask = await CliRunner.RunAsync(workspace.Path, null, "ask", "--source", file, Question);

        foreach (var result in new[] { index, ask })
        {
            Assert.Equal(2, result.ExitCode);
            Assert.Equal([$"--source {file} is a file, not a folder: give the folder that holds the stories (e.g. --source seeds)."], result.ErrorLines);
        }

        Assert.False(Directory.Exists(Path.Combine(workspace.Path, "data")), "nothing may run after a usage error");
    }
}
