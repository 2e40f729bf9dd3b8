namespace ChatBot.Discord.Digests;

/// <summary>Digest state that survives a restart, so no digest is posted twice and none is skipped.</summary>
public interface IDigestLedger
{
    /// <summary>The digest's state, or null before it was ever scheduled.</summary>
    Task<DigestState?> GetAsync(string digestKey, CancellationToken cancellationToken = default);

    /// <summary>Records the first schedule of a digest: its first due time follows <paramref name="at"/>.</summary>
    Task StartAsync(string digestKey, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Records, in one transaction, that the digest due at <paramref name="due"/> was posted with these stories.</summary>
    Task RecordPostedAsync(string digestKey, DateTimeOffset due, IReadOnlyList<string> stories, CancellationToken cancellationToken = default);
}
