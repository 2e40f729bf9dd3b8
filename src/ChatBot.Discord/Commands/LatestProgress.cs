using ChatBot.Core.Ingestion;

namespace ChatBot.Discord.Commands;

/// <summary>Keeps only the newest progress report; the /reindex loop reads it at its own pace.</summary>
internal sealed class LatestProgress : IProgress<IndexingProgress>
{
    private IndexingProgress? _latest;

    public IndexingProgress? Latest => Volatile.Read(ref _latest);

    public void Report(IndexingProgress value) => Volatile.Write(ref _latest, value);
}
