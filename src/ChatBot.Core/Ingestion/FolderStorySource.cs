using ChatBot.Core.Stories;

namespace ChatBot.Core.Ingestion;

/// <summary>
/// Stories in a folder and its subfolders (.txt, .md, .html). The story id is the path relative to the folder,
/// with forward slashes, so it stays the same wherever the folder is mounted. Only regular files are read (a
/// named pipe, socket or device is reported with its reason), and every read is bounded in time and size. A
/// subfolder that cannot be listed is reported too, and the stories indexed from it are kept.
/// </summary>
public sealed class FolderStorySource(string name, string root, IngestionOptions options, Func<string, CancellationToken, Task<byte[]>>? readFile = null) : IStorySource
{
    private readonly string _root = Path.GetFullPath(root);
    private readonly Func<string, CancellationToken, Task<byte[]>> _readFile = readFile ?? ((path, _) => BoundedFileReader.ReadAsync(path, options.MaxStoryBytes));

    /// <inheritdoc />
    public string Name { get; } = name;

    /// <inheritdoc />
    public Task<IReadOnlyList<IStoryEntry>> ScanAsync(CancellationToken cancellationToken = default)
    {
        if (File.Exists(_root))
        {
            throw new DirectoryNotFoundException($"The story folder '{_root}' is a file, not a folder: give the folder that holds the stories.");
        }

        if (!Directory.Exists(_root))
        {
            throw new DirectoryNotFoundException($"The story folder '{_root}' does not exist.");
        }

        var (files, unlisted) = FolderWalk.Walk(_root);
        IReadOnlyList<IStoryEntry> entries = files
            .Where(path => StoryFileParser.Extensions.Contains(Path.GetExtension(path)))
            .Order(StringComparer.Ordinal)
            .Select(path => (IStoryEntry)new FileEntry(this, path, StoryId(path)))
            .Concat(unlisted.Select(folder => new UnlistedFolderEntry(folder.Path == _root ? "" : StoryId(folder.Path) + "/", folder.Path, folder.Reason)))
            .ToList();
        return Task.FromResult(entries);
    }

    private string StoryId(string path) => Path.GetRelativePath(_root, path).Replace('\\', '/');

    private async Task<Story> LoadAsync(string path, string storyId, CancellationToken cancellationToken)
    {
        // Checked before opening: opening a named pipe would wait for a writer forever.
        if (StoryFileKind.WhyNotRegular(path) is { } notRegular) throw new StoryUnreadableException(notRegular);
        var bytes = await ReadAsync(path, cancellationToken);
        var decoded = StoryDecoder.Decode(bytes, options.Latin1Fallback, out var reason, out _)
            ?? throw new StoryUnreadableException(reason!);
        var (metadata, text) = StoryFileParser.Parse(Path.GetExtension(path), TextNormalizer.Normalize(decoded));
        if (string.IsNullOrWhiteSpace(text)) throw new StoryUnreadableException("no readable text");
        return new Story(storyId, Name, text, metadata, StoryHash.Compute(text, metadata));
    }

    private async Task<byte[]> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            // Length of the file a symbolic link points at, not of the link.
            var length = (new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? new FileInfo(path)).Length;
            if (length > options.MaxStoryBytes) throw TooLarge(length);
            var bytes = await _readFile(path, cancellationToken).WaitAsync(options.ReadTimeout, cancellationToken);
            return bytes.LongLength > options.MaxStoryBytes ? throw TooLarge(bytes.LongLength) : bytes;
        }
        catch (TimeoutException e)
        {
            throw new StoryUnreadableException($"not read within {options.ReadTimeout.TotalSeconds:0.#} s (a stalled disk or network share?): skipped", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new StoryUnreadableException("permission denied: the file cannot be read", e);
        }
        catch (IOException e)
        {
            throw new StoryUnreadableException($"cannot be read: {e.Message}", e);
        }
    }

    private StoryUnreadableException TooLarge(long length) =>
        new($"too large ({length / (1024 * 1024.0):0.#} MB; the limit is {options.MaxStoryBytes / (1024 * 1024.0):0.#} MB)");

    private sealed class FileEntry(FolderStorySource source, string path, string storyId) : IStoryEntry
    {
        public string StoryId => storyId;

        public string Location => path;

        public Task<Story> LoadAsync(CancellationToken cancellationToken = default) => source.LoadAsync(path, storyId, cancellationToken);
    }
}
