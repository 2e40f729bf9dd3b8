using ChatBot.Core.Chunking;
using ChatBot.Core.Index.Sqlite;
using ChatBot.Core.Ingestion;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Ingestion;

/// <summary>
/// A subfolder that cannot be listed hides its stories from the scan: reported as a failure, never read as the
/// stories having gone. (Making a folder unreadable needs more than chmod under root; the CLI test does that.)
/// </summary>
public class UnlistedFolderTests
{
    [Fact]
    public async Task The_indexer_reports_a_folder_its_source_could_not_list_and_keeps_the_stories_indexed_from_it()
    {
        using var folder = new TempFolder();
        folder.Write("stories/top.txt", "Mayor resigns\n\nThe mayor resigned on Friday.");
        folder.Write("stories/sub/inner.txt", "Bridge reopens\n\nThe bridge reopened on Monday.");
        folder.Write("stories/subway.txt", "Subway fares rise\n\nFares rose by ten cents.");
        var index = new SqliteStoryIndex(folder.File("index.db"));
        var indexer = new StoryIndexer(index, new Chunker());
        var source = new FolderStorySource("news", folder.File("stories"), new IngestionOptions());
        await indexer.IndexAsync(source);
        File.Delete(folder.File("stories/subway.txt"));

        var summary = await indexer.IndexAsync(new SubfolderUnlisted(source, "sub", folder.File("stories/sub")));

        // Reading a real unlistable folder is CliStoryFolderFaultTests' part; here, what the indexer does with it.
        Assert.Equal(folder.File("stories/sub"), Assert.Single(summary.Failures).Location);
        Assert.Equal((0, 1, 1), (summary.Added, summary.Removed, summary.Unchanged));
        Assert.Equal(["sub/inner.txt", "top.txt"], (await index.ListStoriesAsync()).Select(s => s.StoryId).Order(StringComparer.Ordinal));
    }

    /// <summary>The scan a folder source gives when <paramref name="subfolder"/> cannot be listed.</summary>
    private sealed class SubfolderUnlisted(IStorySource inner, string subfolder, string location) : IStorySource
    {
        public string Name => inner.Name;

        public async Task<IReadOnlyList<IStoryEntry>> ScanAsync(CancellationToken cancellationToken = default) =>
            [.. (await inner.ScanAsync(cancellationToken)).Where(e => !e.StoryId.StartsWith(subfolder + "/", StringComparison.Ordinal)),
             new UnlistedFolderEntry(subfolder + "/", location, "permission denied")];
    }
}
