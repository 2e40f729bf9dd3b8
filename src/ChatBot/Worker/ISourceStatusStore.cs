namespace ChatBot.Worker;

/// <summary>Keeps each source's last run, so <c>sources</c> and /healthz can show it from any process.</summary>
public interface ISourceStatusStore
{
    /// <summary>Records the outcome of a run, replacing the source's previous one.</summary>
    Task RecordAsync(SourceStatus status, CancellationToken cancellationToken = default);

    /// <summary>The last run of every source that has run, by name.</summary>
    Task<IReadOnlyList<SourceStatus>> ListAsync(CancellationToken cancellationToken = default);
}
