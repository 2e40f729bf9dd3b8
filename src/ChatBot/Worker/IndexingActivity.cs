using ChatBot.Core.Ingestion;

namespace ChatBot.Worker;

/// <summary>
/// What the worker is doing right now, for /healthz and for anyone subscribed to <see cref="ProgressChanged"/>
/// (stories done and total, failures), whichever trigger started the run.
/// </summary>
public sealed class IndexingActivity : IProgress<IndexingProgress>
{
    private IndexingProgress? _current;

    /// <summary>Raised on the worker's thread for every story handled.</summary>
    public event EventHandler<IndexingProgress>? ProgressChanged;

    /// <summary>The progress of the run in progress; null when idle.</summary>
    public IndexingProgress? Current => Volatile.Read(ref _current);

    public void Report(IndexingProgress value)
    {
        Volatile.Write(ref _current, value);
        ProgressChanged?.Invoke(this, value);
    }

    /// <summary>Marks the worker idle.</summary>
    public void Idle() => Volatile.Write(ref _current, null);

    /// <summary>Reports to this activity and to the requester's own progress, if any.</summary>
    public IProgress<IndexingProgress> With(IProgress<IndexingProgress>? requester) =>
        requester is null ? this : new Both(this, requester);

    private sealed class Both(IProgress<IndexingProgress> first, IProgress<IndexingProgress> second) : IProgress<IndexingProgress>
    {
        public void Report(IndexingProgress value)
        {
            first.Report(value);
            second.Report(value);
        }
    }
}
