using System.Text;
using ChatBot.Core.Chunking;
using ChatBot.Core.Index.Sqlite;
using ChatBot.Core.Ingestion;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Ingestion;

public class FolderStorySourceTests
{
    [Fact]
    public async Task Broken_files_are_skipped_with_reasons_and_the_rest_is_indexed()
    {
        using var folder = new TempFolder();
        folder.Write("stories/good.txt", "Good headline for a story\n\nThe council approved the budget on Monday.");
        folder.Write("stories/nested/other.md", "# Other\n\nA second story about the river.");
        File.WriteAllBytes(folder.File("stories/binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]);
        File.WriteAllBytes(folder.File("stories/empty.txt"), []);
        File.WriteAllBytes(folder.File("stories/latin1.txt"), [0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x70, 0x65, 0x6E, 0x73]);
        using (var big = File.Create(folder.File("stories/huge.txt"))) big.SetLength(50L * 1024 * 1024);
        folder.Write("stories/locked.txt", "cannot be read");
        folder.Write("stories/ignored.png", "not a story type");

        var options = new IngestionOptions();
        Task<byte[]> Read(string path, CancellationToken ct) =>
            path.EndsWith("locked.txt", StringComparison.Ordinal) ? throw new UnauthorizedAccessException("denied") : File.ReadAllBytesAsync(path, ct);
        var source = new FolderStorySource("test", folder.File("stories"), options, Read);
        var index = new SqliteStoryIndex(folder.File("index.db"));
        var summary = await new StoryIndexer(index, new Chunker()).IndexAsync(source);

        Assert.Equal(2, summary.Added);
        var reasons = summary.Failures.ToDictionary(f => Path.GetFileName(f.Location), f => f.Reason);
        Assert.Equal(5, reasons.Count);
        Assert.Contains("binary", reasons["binary.txt"]);
        Assert.Contains("empty", reasons["empty.txt"]);
        Assert.Contains("not valid UTF-8", reasons["latin1.txt"]);
        Assert.Contains("too large", reasons["huge.txt"]);
        Assert.Contains("permission denied", reasons["locked.txt"]);
        var ids = (await index.ListStoriesAsync()).Select(s => s.StoryId).ToList();
        Assert.Equal(["good.txt", "nested/other.md"], ids);
    }

    [Fact]
    public async Task Latin1_fallback_reads_legacy_files_when_configured()
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(folder.File("latin1.txt"), Encoding.Latin1.GetBytes("Café opens downtown"));
        var source = new FolderStorySource("test", folder.Path, new IngestionOptions { Latin1Fallback = true });
        var story = await (await source.ScanAsync()).Single().LoadAsync();
        Assert.Equal("Café opens downtown", story.Text);
    }

    [Fact]
    public async Task Stored_text_differs_from_the_file_only_in_line_endings_and_unicode_form()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("crlf.txt"), "Line one with cafe\u0301.\r\nLine two.\r\n");
        var source = new FolderStorySource("test", folder.Path, new IngestionOptions());
        var story = await (await source.ScanAsync()).Single().LoadAsync();
        Assert.Equal("Line one with café.\nLine two.\n", story.Text);
    }

    [Fact]
    public async Task A_missing_folder_is_a_clear_error()
    {
        var source = new FolderStorySource("test", "/nonexistent/chatbot-stories", new IngestionOptions());
        var error = await Assert.ThrowsAsync<DirectoryNotFoundException>(() => source.ScanAsync());
        Assert.Contains("does not exist", error.Message);
    }
}
