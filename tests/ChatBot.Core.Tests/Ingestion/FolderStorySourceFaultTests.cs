using System.Diagnostics;
using ChatBot.Core.Chunking;
using ChatBot.Core.Index.Sqlite;
using ChatBot.Core.Ingestion;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Ingestion;

/// <summary>Reading a story folder never waits forever: pipes are not opened and every read has a deadline.</summary>
public class FolderStorySourceFaultTests
{
    [Fact]
    public async Task A_read_that_never_finishes_is_reported_after_the_read_timeout_and_the_rest_indexed()
    {
        using var folder = new TempFolder();
        folder.Write("stories/good.txt", "Good headline for a story\n\nThe council approved the budget on Monday.");
        folder.Write("stories/stalled.txt", "on a network share that stopped answering");
        var options = new IngestionOptions { ReadTimeout = TimeSpan.FromSeconds(1) };
        Task<byte[]> Read(string path, CancellationToken ct) =>
            path.EndsWith("stalled.txt", StringComparison.Ordinal) ? new TaskCompletionSource<byte[]>().Task : File.ReadAllBytesAsync(path, ct);
        var source = new FolderStorySource("test", folder.File("stories"), options, Read);
        var index = new SqliteStoryIndex(folder.File("index.db"));

        var clock = Stopwatch.StartNew();
        var summary = await new StoryIndexer(index, new Chunker()).IndexAsync(source);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.Equal(1, summary.Added);
        var failure = Assert.Single(summary.Failures);
        Assert.EndsWith("stalled.txt", failure.Location);
        Assert.Equal("not read within 1 s (a stalled disk or network share?): skipped", failure.Reason);
    }

    [Fact]
    public async Task A_folder_path_that_is_a_file_says_so()
    {
        using var folder = new TempFolder();
        var file = folder.Write("story.txt", "A story, not a folder of them.");

        var e = await Assert.ThrowsAsync<DirectoryNotFoundException>(() => new FolderStorySource("test", file, new IngestionOptions()).ScanAsync());

        Assert.Equal($"The story folder '{file}' is a file, not a folder: give the folder that holds the stories.", e.Message);
    }

    [Fact]
    public void Only_a_regular_file_is_read_as_a_story()
    {
        if (OperatingSystem.IsWindows()) return;
        using var folder = new TempFolder();
        var file = folder.Write("story.txt", "text");

        Assert.Null(StoryFileKind.WhyNotRegular(file));
        Assert.Equal("a character device, not a regular file: skipped", StoryFileKind.WhyNotRegular("/dev/null"));
        Assert.Equal("a folder, not a file: skipped", StoryFileKind.WhyNotRegular(folder.Path));
    }
}
