using System.Threading.Channels;

namespace ChatBot.Worker;

/// <summary>
/// Notices changes in a folder source (files added, changed, renamed or deleted, in subfolders too) and reports
/// them once the folder has been quiet for the debounce time, so a copy of many files causes one reindex.
/// A watcher that overflows or cannot start is covered by the source's periodic rescan.
/// </summary>
public sealed class FolderWatcher : IDisposable
{
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly FileSystemWatcher _watcher;
    private readonly TimeSpan _debounce;
    private readonly TimeProvider _time;

    /// <summary>Starts watching <paramref name="folder"/>; throws when the folder is missing or cannot be watched.</summary>
    public FolderWatcher(string sourceName, string folder, TimeSpan debounce, TimeProvider time)
    {
        SourceName = sourceName;
        Folder = Path.GetFullPath(folder);
        _debounce = debounce;
        _time = time;
        _watcher = new FileSystemWatcher(Folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        _watcher.Created += OnChange;
        _watcher.Changed += OnChange;
        _watcher.Deleted += OnChange;
        _watcher.Renamed += OnChange;
        // An overflowed buffer lost events: treat it as "something changed" and rescan the whole folder.
        _watcher.Error += (_, _) => _changes.Writer.TryWrite(true);
        _watcher.EnableRaisingEvents = true;
    }

    public string SourceName { get; }

    public string Folder { get; }

    /// <summary>Completes when the folder changed and then stayed quiet for the debounce time.</summary>
    public async Task WaitForChangeAsync(CancellationToken cancellationToken = default)
    {
        await _changes.Reader.ReadAsync(cancellationToken);
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var delay = Task.Delay(_debounce, _time, quiet.Token);
            var more = _changes.Reader.WaitToReadAsync(quiet.Token).AsTask();
            var first = await Task.WhenAny(delay, more);
            await quiet.CancelAsync();
            await Task.WhenAll(delay, more).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            cancellationToken.ThrowIfCancellationRequested();
            if (first == delay) return;
            _changes.Reader.TryRead(out _);
        }
    }

    public void Dispose()
    {
        _watcher.EnableRaisingEvents = false;
        _watcher.Dispose();
    }

    private void OnChange(object sender, FileSystemEventArgs e) => _changes.Writer.TryWrite(true);
}
